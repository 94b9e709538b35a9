package dev.pluginkit.mattermost.client;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.pluginapi.v1.PropertyField;
import dev.pluginkit.mattermost.pluginapi.v1.PropertyFieldSearchOpts;
import dev.pluginkit.mattermost.pluginapi.v1.PropertyGroup;
import dev.pluginkit.mattermost.pluginapi.v1.PropertyValue;
import dev.pluginkit.mattermost.pluginapi.v1.PropertyValueSearchOpts;

/**
 * Property groups, fields and values: custom attributes attached to objects of the
 * server. Asked without blocking.
 *
 * <p>
 * Every returned future fails with a {@link PluginApiException}, or one of its
 * subclasses, when the call fails; cancelling it cancels the call.
 *
 * @see PropertyOperations
 */
public interface AsyncPropertyOperations {

	/**
	 * Registers a property group, a named namespace for property fields, and returns it.
	 * Registering a name that already exists is not an error: the existing group is
	 * returned, so plugins can call this on every activation.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 * @param name the name of the group
	 * @return a future of the registered or already existing group, with its id
	 */
	CompletableFuture<PropertyGroup> registerPropertyGroup(String name);

	/**
	 * Looks up a property group by its name.
	 *
	 * <p>
	 * An unknown name yields an error rather than an empty result; use
	 * {@code RegisterPropertyGroup} to get or create a group in one call.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 * @param name the name of the group
	 * @return a future of the group, with its id
	 */
	CompletableFuture<PropertyGroup> getPropertyGroup(String name);

	/**
	 * Creates a property field, the definition of a custom property (name, value type,
	 * options) that can then be given values on targets such as users or posts. The
	 * field's group id says which group it belongs to.
	 *
	 * <p>
	 * For the server's custom profile attributes group, access rules are applied with the
	 * calling plugin as the caller.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when no field is
	 * given.
	 * @param field the field to create, naming its group, name, type, target type and
	 * type-specific attributes
	 * @return a future of the created field, with its id and timestamps
	 */
	CompletableFuture<PropertyField> createPropertyField(PropertyField field);

	/**
	 * Gets one property field by its id within a group.
	 *
	 * <p>
	 * A field that does not exist in the group yields an error rather than an empty
	 * result.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 * @param groupId the id of the group holding the field
	 * @param fieldId the id of the field
	 * @return a future of the field
	 */
	CompletableFuture<PropertyField> getPropertyField(String groupId, String fieldId);

	/**
	 * Gets a property field by its name within a group and for a given target.
	 *
	 * <p>
	 * A missing field yields an error rather than an empty result.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 * @param groupId the id of the group holding the field
	 * @param targetId the id of the target the field belongs to, empty for fields not
	 * bound to one target
	 * @param name the name of the field
	 * @return a future of the field
	 */
	CompletableFuture<PropertyField> getPropertyFieldByName(String groupId, String targetId, String name);

	/**
	 * Gets several property fields of a group by their ids in one call.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 * @param groupId the id of the group holding the fields
	 * @param ids the ids of the fields to fetch
	 * @return a future of the fields found
	 */
	CompletableFuture<List<PropertyField>> getPropertyFields(String groupId, List<String> ids);

	/**
	 * Lists the property fields of a group that match the given filters, a page at a
	 * time. Deleted fields are left out unless asked for.
	 *
	 * <p>
	 * Minimum server version: 11.0.
	 * @param groupId the id of the group to search
	 * @param opts the filters and paging: zero-based page, how many fields a page holds,
	 * whether to include deleted fields, and optional target type and target id
	 * @return a future of the matching fields of the requested page
	 */
	CompletableFuture<List<PropertyField>> searchPropertyFields(String groupId, PropertyFieldSearchOpts opts);

	/**
	 * Counts the property fields of a group, optionally including deleted ones.
	 *
	 * <p>
	 * Minimum server version: 11.0.
	 * @param groupId the id of the group
	 * @param includeDeleted whether soft-deleted fields are counted too
	 * @return a future of the number of fields
	 */
	CompletableFuture<Long> countPropertyFields(String groupId, boolean includeDeleted);

	/**
	 * Counts the property fields of a group that belong to one target, optionally
	 * including deleted ones.
	 *
	 * <p>
	 * Minimum server version: 11.0.
	 * @param groupId the id of the group
	 * @param targetType the kind of target, such as {@code user} or {@code post}
	 * @param targetId the id of the target
	 * @param includeDeleted whether soft-deleted fields are counted too
	 * @return a future of the number of fields
	 */
	CompletableFuture<Long> countPropertyFieldsForTarget(String groupId, String targetType, String targetId,
			boolean includeDeleted);

	/**
	 * Replaces an existing property field of a group with the given definition.
	 *
	 * <p>
	 * A field linked to a template field cannot have its type or options changed; clear
	 * the link to detach it first.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when no field is
	 * given.
	 * @param groupId the id of the group holding the field
	 * @param field the field with its id and the new values
	 * @return a future of the updated field
	 */
	CompletableFuture<PropertyField> updatePropertyField(String groupId, PropertyField field);

	/**
	 * Updates several property fields of a group in a single operation.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the list of
	 * fields is empty.
	 * @param groupId the id of the group holding the fields
	 * @param fields the fields with their ids and new values
	 * @return a future of the updated fields
	 */
	CompletableFuture<List<PropertyField>> updatePropertyFields(String groupId, List<PropertyField> fields);

	/**
	 * Deletes a property field of a group. The deletion is soft: the field is marked with
	 * a deletion time and can still be listed when deleted fields are included.
	 *
	 * <p>
	 * Fails while other fields are still linked to this one; unlink or delete them first.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 * @param groupId the id of the group holding the field
	 * @param fieldId the id of the field
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> deletePropertyField(String groupId, String fieldId);

	/**
	 * Creates the value of a property field for one target, for example a user's value of
	 * a custom profile attribute.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when no value is
	 * given.
	 * @param value the value to create, naming its group, field, target type and target
	 * id, with the value itself as JSON
	 * @return a future of the created value, with its id and timestamps
	 */
	CompletableFuture<PropertyValue> createPropertyValue(PropertyValue value);

	/**
	 * Gets one property value by its id within a group.
	 *
	 * <p>
	 * A missing value yields an error rather than an empty result.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 * @param groupId the id of the group holding the value
	 * @param valueId the id of the value
	 * @return a future of the value
	 */
	CompletableFuture<PropertyValue> getPropertyValue(String groupId, String valueId);

	/**
	 * Gets several property values of a group by their ids in one call.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 * @param groupId the id of the group holding the values
	 * @param ids the ids of the values to fetch
	 * @return a future of the values found
	 */
	CompletableFuture<List<PropertyValue>> getPropertyValues(String groupId, List<String> ids);

	/**
	 * Lists the property values of a group that match the given filters, a page at a
	 * time. Deleted values are left out unless asked for.
	 *
	 * <p>
	 * Minimum server version: 11.0.
	 * @param groupId the id of the group to search
	 * @param opts the filters and paging: zero-based page, how many values a page holds,
	 * whether to include deleted values, and optional target type, target id and field id
	 * @return a future of the matching values of the requested page
	 */
	CompletableFuture<List<PropertyValue>> searchPropertyValues(String groupId, PropertyValueSearchOpts opts);

	/**
	 * Replaces an existing property value of a group.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when no value is
	 * given.
	 * @param groupId the id of the group holding the value
	 * @param value the value with its id and the new content
	 * @return a future of the updated value
	 */
	CompletableFuture<PropertyValue> updatePropertyValue(String groupId, PropertyValue value);

	/**
	 * Updates several property values of a group in a single operation.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the list of
	 * values is empty.
	 * @param groupId the id of the group holding the values
	 * @param values the values with their ids and new content
	 * @return a future of the updated values
	 */
	CompletableFuture<List<PropertyValue>> updatePropertyValues(String groupId, List<PropertyValue> values);

	/**
	 * Creates the value of a field for a target, or overwrites it when that target
	 * already has a value for the field.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when no value is
	 * given.
	 * @param value the value to store, naming its group, field, target type and target
	 * id, with the value itself as JSON
	 * @return a future of the stored value
	 */
	CompletableFuture<PropertyValue> upsertPropertyValue(PropertyValue value);

	/**
	 * Creates or overwrites several property values in a single operation, each keyed by
	 * its field and target.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 *
	 * <p>
	 * The future fails with a {@link PluginApiValidationException} when the list of
	 * values is empty.
	 * @param values the values to store, each naming its group, field, target type and
	 * target id
	 * @return a future of the stored values
	 */
	CompletableFuture<List<PropertyValue>> upsertPropertyValues(List<PropertyValue> values);

	/**
	 * Deletes one property value of a group. The deletion is soft: the value is marked
	 * with a deletion time.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 * @param groupId the id of the group holding the value
	 * @param valueId the id of the value
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> deletePropertyValue(String groupId, String valueId);

	/**
	 * Deletes every property value of a group that belongs to one target, for example
	 * when the user or post it describes goes away.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 * @param groupId the id of the group
	 * @param targetType the kind of target, such as {@code user} or {@code post}
	 * @param targetId the id of the target
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> deletePropertyValuesForTarget(String groupId, String targetType, String targetId);

	/**
	 * Deletes every value of one property field, across all targets.
	 *
	 * <p>
	 * Minimum server version: 10.10.
	 * @param groupId the id of the group holding the field
	 * @param fieldId the id of the field
	 * @return a future that completes when the call has succeeded
	 */
	CompletableFuture<Void> deletePropertyValuesForField(String groupId, String fieldId);

}
