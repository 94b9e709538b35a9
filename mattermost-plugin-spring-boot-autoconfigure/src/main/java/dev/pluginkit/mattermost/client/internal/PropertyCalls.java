package dev.pluginkit.mattermost.client.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.pluginkit.mattermost.client.AsyncPropertyOperations;
import dev.pluginkit.mattermost.client.PropertyOperations;
import dev.pluginkit.mattermost.pluginapi.v1.CountPropertyFieldsForTargetRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CountPropertyFieldsForTargetResponse;
import dev.pluginkit.mattermost.pluginapi.v1.CountPropertyFieldsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CountPropertyFieldsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.CreatePropertyFieldRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreatePropertyFieldResponse;
import dev.pluginkit.mattermost.pluginapi.v1.CreatePropertyValueRequest;
import dev.pluginkit.mattermost.pluginapi.v1.CreatePropertyValueResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePropertyFieldRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePropertyFieldResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePropertyValueRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePropertyValueResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePropertyValuesForFieldRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePropertyValuesForFieldResponse;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePropertyValuesForTargetRequest;
import dev.pluginkit.mattermost.pluginapi.v1.DeletePropertyValuesForTargetResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPropertyFieldByNameRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPropertyFieldByNameResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPropertyFieldRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPropertyFieldResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPropertyFieldsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPropertyFieldsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPropertyGroupRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPropertyGroupResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPropertyValueRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPropertyValueResponse;
import dev.pluginkit.mattermost.pluginapi.v1.GetPropertyValuesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.GetPropertyValuesResponse;
import dev.pluginkit.mattermost.pluginapi.v1.PluginAPIGrpc;
import dev.pluginkit.mattermost.pluginapi.v1.PropertyField;
import dev.pluginkit.mattermost.pluginapi.v1.PropertyFieldSearchOpts;
import dev.pluginkit.mattermost.pluginapi.v1.PropertyGroup;
import dev.pluginkit.mattermost.pluginapi.v1.PropertyValue;
import dev.pluginkit.mattermost.pluginapi.v1.PropertyValueSearchOpts;
import dev.pluginkit.mattermost.pluginapi.v1.RegisterPropertyGroupRequest;
import dev.pluginkit.mattermost.pluginapi.v1.RegisterPropertyGroupResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SearchPropertyFieldsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SearchPropertyFieldsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.SearchPropertyValuesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.SearchPropertyValuesResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePropertyFieldRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePropertyFieldResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePropertyFieldsRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePropertyFieldsResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePropertyValueRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePropertyValueResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePropertyValuesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpdatePropertyValuesResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpsertPropertyValueRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpsertPropertyValueResponse;
import dev.pluginkit.mattermost.pluginapi.v1.UpsertPropertyValuesRequest;
import dev.pluginkit.mattermost.pluginapi.v1.UpsertPropertyValuesResponse;

/**
 * The property domain: its calls, described once, and the blocking and asynchronous parts
 * that the two clients mix in.
 */
final class PropertyCalls {

	static UnaryCall<RegisterPropertyGroupRequest, RegisterPropertyGroupResponse, PropertyGroup> registerPropertyGroup(
			String name) {
		RegisterPropertyGroupRequest request = RegisterPropertyGroupRequest.newBuilder()
			.setName(Arguments.required(name, "name"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getRegisterPropertyGroupMethod(), request,
				RegisterPropertyGroupResponse::getError, RegisterPropertyGroupResponse::getGroup);
	}

	static UnaryCall<GetPropertyGroupRequest, GetPropertyGroupResponse, PropertyGroup> getPropertyGroup(String name) {
		GetPropertyGroupRequest request = GetPropertyGroupRequest.newBuilder()
			.setName(Arguments.required(name, "name"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetPropertyGroupMethod(), request, GetPropertyGroupResponse::getError,
				GetPropertyGroupResponse::getGroup);
	}

	static UnaryCall<CreatePropertyFieldRequest, CreatePropertyFieldResponse, PropertyField> createPropertyField(
			PropertyField field) {
		CreatePropertyFieldRequest request = CreatePropertyFieldRequest.newBuilder()
			.setField(Arguments.required(field, "field"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCreatePropertyFieldMethod(), request,
				CreatePropertyFieldResponse::getError, CreatePropertyFieldResponse::getField);
	}

	static UnaryCall<GetPropertyFieldRequest, GetPropertyFieldResponse, PropertyField> getPropertyField(String groupId,
			String fieldId) {
		GetPropertyFieldRequest request = GetPropertyFieldRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setFieldId(Arguments.required(fieldId, "fieldId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetPropertyFieldMethod(), request, GetPropertyFieldResponse::getError,
				GetPropertyFieldResponse::getField);
	}

	static UnaryCall<GetPropertyFieldByNameRequest, GetPropertyFieldByNameResponse, PropertyField> getPropertyFieldByName(
			String groupId, String targetId, String name) {
		GetPropertyFieldByNameRequest request = GetPropertyFieldByNameRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setTargetId(Arguments.required(targetId, "targetId"))
			.setName(Arguments.required(name, "name"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetPropertyFieldByNameMethod(), request,
				GetPropertyFieldByNameResponse::getError, GetPropertyFieldByNameResponse::getField);
	}

	static UnaryCall<GetPropertyFieldsRequest, GetPropertyFieldsResponse, List<PropertyField>> getPropertyFields(
			String groupId, List<String> ids) {
		GetPropertyFieldsRequest request = GetPropertyFieldsRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.addAllIds(Arguments.elements(ids, "ids"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetPropertyFieldsMethod(), request, GetPropertyFieldsResponse::getError,
				GetPropertyFieldsResponse::getFieldsList);
	}

	static UnaryCall<SearchPropertyFieldsRequest, SearchPropertyFieldsResponse, List<PropertyField>> searchPropertyFields(
			String groupId, PropertyFieldSearchOpts opts) {
		SearchPropertyFieldsRequest request = SearchPropertyFieldsRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setOpts(Arguments.required(opts, "opts"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getSearchPropertyFieldsMethod(), request,
				SearchPropertyFieldsResponse::getError, SearchPropertyFieldsResponse::getFieldsList);
	}

	static UnaryCall<CountPropertyFieldsRequest, CountPropertyFieldsResponse, Long> countPropertyFields(String groupId,
			boolean includeDeleted) {
		CountPropertyFieldsRequest request = CountPropertyFieldsRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setIncludeDeleted(includeDeleted)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCountPropertyFieldsMethod(), request,
				CountPropertyFieldsResponse::getError, CountPropertyFieldsResponse::getCount);
	}

	static UnaryCall<CountPropertyFieldsForTargetRequest, CountPropertyFieldsForTargetResponse, Long> countPropertyFieldsForTarget(
			String groupId, String targetType, String targetId, boolean includeDeleted) {
		CountPropertyFieldsForTargetRequest request = CountPropertyFieldsForTargetRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setTargetType(Arguments.required(targetType, "targetType"))
			.setTargetId(Arguments.required(targetId, "targetId"))
			.setIncludeDeleted(includeDeleted)
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCountPropertyFieldsForTargetMethod(), request,
				CountPropertyFieldsForTargetResponse::getError, CountPropertyFieldsForTargetResponse::getCount);
	}

	static UnaryCall<UpdatePropertyFieldRequest, UpdatePropertyFieldResponse, PropertyField> updatePropertyField(
			String groupId, PropertyField field) {
		UpdatePropertyFieldRequest request = UpdatePropertyFieldRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setField(Arguments.required(field, "field"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdatePropertyFieldMethod(), request,
				UpdatePropertyFieldResponse::getError, UpdatePropertyFieldResponse::getField);
	}

	static UnaryCall<UpdatePropertyFieldsRequest, UpdatePropertyFieldsResponse, List<PropertyField>> updatePropertyFields(
			String groupId, List<PropertyField> fields) {
		UpdatePropertyFieldsRequest request = UpdatePropertyFieldsRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.addAllFields(Arguments.elements(fields, "fields"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdatePropertyFieldsMethod(), request,
				UpdatePropertyFieldsResponse::getError, UpdatePropertyFieldsResponse::getFieldsList);
	}

	static UnaryCall<DeletePropertyFieldRequest, DeletePropertyFieldResponse, Void> deletePropertyField(String groupId,
			String fieldId) {
		DeletePropertyFieldRequest request = DeletePropertyFieldRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setFieldId(Arguments.required(fieldId, "fieldId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDeletePropertyFieldMethod(), request,
				DeletePropertyFieldResponse::getError);
	}

	static UnaryCall<CreatePropertyValueRequest, CreatePropertyValueResponse, PropertyValue> createPropertyValue(
			PropertyValue value) {
		CreatePropertyValueRequest request = CreatePropertyValueRequest.newBuilder()
			.setValue(Arguments.required(value, "value"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getCreatePropertyValueMethod(), request,
				CreatePropertyValueResponse::getError, CreatePropertyValueResponse::getValue);
	}

	static UnaryCall<GetPropertyValueRequest, GetPropertyValueResponse, PropertyValue> getPropertyValue(String groupId,
			String valueId) {
		GetPropertyValueRequest request = GetPropertyValueRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setValueId(Arguments.required(valueId, "valueId"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetPropertyValueMethod(), request, GetPropertyValueResponse::getError,
				GetPropertyValueResponse::getValue);
	}

	static UnaryCall<GetPropertyValuesRequest, GetPropertyValuesResponse, List<PropertyValue>> getPropertyValues(
			String groupId, List<String> ids) {
		GetPropertyValuesRequest request = GetPropertyValuesRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.addAllIds(Arguments.elements(ids, "ids"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getGetPropertyValuesMethod(), request, GetPropertyValuesResponse::getError,
				GetPropertyValuesResponse::getValuesList);
	}

	static UnaryCall<SearchPropertyValuesRequest, SearchPropertyValuesResponse, List<PropertyValue>> searchPropertyValues(
			String groupId, PropertyValueSearchOpts opts) {
		SearchPropertyValuesRequest request = SearchPropertyValuesRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setOpts(Arguments.required(opts, "opts"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getSearchPropertyValuesMethod(), request,
				SearchPropertyValuesResponse::getError, SearchPropertyValuesResponse::getValuesList);
	}

	static UnaryCall<UpdatePropertyValueRequest, UpdatePropertyValueResponse, PropertyValue> updatePropertyValue(
			String groupId, PropertyValue value) {
		UpdatePropertyValueRequest request = UpdatePropertyValueRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setValue(Arguments.required(value, "value"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdatePropertyValueMethod(), request,
				UpdatePropertyValueResponse::getError, UpdatePropertyValueResponse::getValue);
	}

	static UnaryCall<UpdatePropertyValuesRequest, UpdatePropertyValuesResponse, List<PropertyValue>> updatePropertyValues(
			String groupId, List<PropertyValue> values) {
		UpdatePropertyValuesRequest request = UpdatePropertyValuesRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.addAllValues(Arguments.elements(values, "values"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpdatePropertyValuesMethod(), request,
				UpdatePropertyValuesResponse::getError, UpdatePropertyValuesResponse::getValuesList);
	}

	static UnaryCall<UpsertPropertyValueRequest, UpsertPropertyValueResponse, PropertyValue> upsertPropertyValue(
			PropertyValue value) {
		UpsertPropertyValueRequest request = UpsertPropertyValueRequest.newBuilder()
			.setValue(Arguments.required(value, "value"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpsertPropertyValueMethod(), request,
				UpsertPropertyValueResponse::getError, UpsertPropertyValueResponse::getValue);
	}

	static UnaryCall<UpsertPropertyValuesRequest, UpsertPropertyValuesResponse, List<PropertyValue>> upsertPropertyValues(
			List<PropertyValue> values) {
		UpsertPropertyValuesRequest request = UpsertPropertyValuesRequest.newBuilder()
			.addAllValues(Arguments.elements(values, "values"))
			.build();
		return UnaryCall.of(PluginAPIGrpc.getUpsertPropertyValuesMethod(), request,
				UpsertPropertyValuesResponse::getError, UpsertPropertyValuesResponse::getValuesList);
	}

	static UnaryCall<DeletePropertyValueRequest, DeletePropertyValueResponse, Void> deletePropertyValue(String groupId,
			String valueId) {
		DeletePropertyValueRequest request = DeletePropertyValueRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setValueId(Arguments.required(valueId, "valueId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDeletePropertyValueMethod(), request,
				DeletePropertyValueResponse::getError);
	}

	static UnaryCall<DeletePropertyValuesForTargetRequest, DeletePropertyValuesForTargetResponse, Void> deletePropertyValuesForTarget(
			String groupId, String targetType, String targetId) {
		DeletePropertyValuesForTargetRequest request = DeletePropertyValuesForTargetRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setTargetType(Arguments.required(targetType, "targetType"))
			.setTargetId(Arguments.required(targetId, "targetId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDeletePropertyValuesForTargetMethod(), request,
				DeletePropertyValuesForTargetResponse::getError);
	}

	static UnaryCall<DeletePropertyValuesForFieldRequest, DeletePropertyValuesForFieldResponse, Void> deletePropertyValuesForField(
			String groupId, String fieldId) {
		DeletePropertyValuesForFieldRequest request = DeletePropertyValuesForFieldRequest.newBuilder()
			.setGroupId(Arguments.required(groupId, "groupId"))
			.setFieldId(Arguments.required(fieldId, "fieldId"))
			.build();
		return UnaryCall.returningNothing(PluginAPIGrpc.getDeletePropertyValuesForFieldMethod(), request,
				DeletePropertyValuesForFieldResponse::getError);
	}

	private PropertyCalls() {
	}

	interface Blocking extends PropertyOperations, BlockingCalls {

		@Override
		default PropertyGroup registerPropertyGroup(String name) {
			return execute(PropertyCalls.registerPropertyGroup(name));
		}

		@Override
		default PropertyGroup getPropertyGroup(String name) {
			return execute(PropertyCalls.getPropertyGroup(name));
		}

		@Override
		default PropertyField createPropertyField(PropertyField field) {
			return execute(PropertyCalls.createPropertyField(field));
		}

		@Override
		default PropertyField getPropertyField(String groupId, String fieldId) {
			return execute(PropertyCalls.getPropertyField(groupId, fieldId));
		}

		@Override
		default PropertyField getPropertyFieldByName(String groupId, String targetId, String name) {
			return execute(PropertyCalls.getPropertyFieldByName(groupId, targetId, name));
		}

		@Override
		default List<PropertyField> getPropertyFields(String groupId, List<String> ids) {
			return execute(PropertyCalls.getPropertyFields(groupId, ids));
		}

		@Override
		default List<PropertyField> searchPropertyFields(String groupId, PropertyFieldSearchOpts opts) {
			return execute(PropertyCalls.searchPropertyFields(groupId, opts));
		}

		@Override
		default long countPropertyFields(String groupId, boolean includeDeleted) {
			return execute(PropertyCalls.countPropertyFields(groupId, includeDeleted));
		}

		@Override
		default long countPropertyFieldsForTarget(String groupId, String targetType, String targetId,
				boolean includeDeleted) {
			return execute(PropertyCalls.countPropertyFieldsForTarget(groupId, targetType, targetId, includeDeleted));
		}

		@Override
		default PropertyField updatePropertyField(String groupId, PropertyField field) {
			return execute(PropertyCalls.updatePropertyField(groupId, field));
		}

		@Override
		default List<PropertyField> updatePropertyFields(String groupId, List<PropertyField> fields) {
			return execute(PropertyCalls.updatePropertyFields(groupId, fields));
		}

		@Override
		default void deletePropertyField(String groupId, String fieldId) {
			execute(PropertyCalls.deletePropertyField(groupId, fieldId));
		}

		@Override
		default PropertyValue createPropertyValue(PropertyValue value) {
			return execute(PropertyCalls.createPropertyValue(value));
		}

		@Override
		default PropertyValue getPropertyValue(String groupId, String valueId) {
			return execute(PropertyCalls.getPropertyValue(groupId, valueId));
		}

		@Override
		default List<PropertyValue> getPropertyValues(String groupId, List<String> ids) {
			return execute(PropertyCalls.getPropertyValues(groupId, ids));
		}

		@Override
		default List<PropertyValue> searchPropertyValues(String groupId, PropertyValueSearchOpts opts) {
			return execute(PropertyCalls.searchPropertyValues(groupId, opts));
		}

		@Override
		default PropertyValue updatePropertyValue(String groupId, PropertyValue value) {
			return execute(PropertyCalls.updatePropertyValue(groupId, value));
		}

		@Override
		default List<PropertyValue> updatePropertyValues(String groupId, List<PropertyValue> values) {
			return execute(PropertyCalls.updatePropertyValues(groupId, values));
		}

		@Override
		default PropertyValue upsertPropertyValue(PropertyValue value) {
			return execute(PropertyCalls.upsertPropertyValue(value));
		}

		@Override
		default List<PropertyValue> upsertPropertyValues(List<PropertyValue> values) {
			return execute(PropertyCalls.upsertPropertyValues(values));
		}

		@Override
		default void deletePropertyValue(String groupId, String valueId) {
			execute(PropertyCalls.deletePropertyValue(groupId, valueId));
		}

		@Override
		default void deletePropertyValuesForTarget(String groupId, String targetType, String targetId) {
			execute(PropertyCalls.deletePropertyValuesForTarget(groupId, targetType, targetId));
		}

		@Override
		default void deletePropertyValuesForField(String groupId, String fieldId) {
			execute(PropertyCalls.deletePropertyValuesForField(groupId, fieldId));
		}

	}

	interface Async extends AsyncPropertyOperations, AsyncCalls {

		@Override
		default CompletableFuture<PropertyGroup> registerPropertyGroup(String name) {
			return executeAsync(PropertyCalls.registerPropertyGroup(name));
		}

		@Override
		default CompletableFuture<PropertyGroup> getPropertyGroup(String name) {
			return executeAsync(PropertyCalls.getPropertyGroup(name));
		}

		@Override
		default CompletableFuture<PropertyField> createPropertyField(PropertyField field) {
			return executeAsync(PropertyCalls.createPropertyField(field));
		}

		@Override
		default CompletableFuture<PropertyField> getPropertyField(String groupId, String fieldId) {
			return executeAsync(PropertyCalls.getPropertyField(groupId, fieldId));
		}

		@Override
		default CompletableFuture<PropertyField> getPropertyFieldByName(String groupId, String targetId, String name) {
			return executeAsync(PropertyCalls.getPropertyFieldByName(groupId, targetId, name));
		}

		@Override
		default CompletableFuture<List<PropertyField>> getPropertyFields(String groupId, List<String> ids) {
			return executeAsync(PropertyCalls.getPropertyFields(groupId, ids));
		}

		@Override
		default CompletableFuture<List<PropertyField>> searchPropertyFields(String groupId,
				PropertyFieldSearchOpts opts) {
			return executeAsync(PropertyCalls.searchPropertyFields(groupId, opts));
		}

		@Override
		default CompletableFuture<Long> countPropertyFields(String groupId, boolean includeDeleted) {
			return executeAsync(PropertyCalls.countPropertyFields(groupId, includeDeleted));
		}

		@Override
		default CompletableFuture<Long> countPropertyFieldsForTarget(String groupId, String targetType, String targetId,
				boolean includeDeleted) {
			return executeAsync(
					PropertyCalls.countPropertyFieldsForTarget(groupId, targetType, targetId, includeDeleted));
		}

		@Override
		default CompletableFuture<PropertyField> updatePropertyField(String groupId, PropertyField field) {
			return executeAsync(PropertyCalls.updatePropertyField(groupId, field));
		}

		@Override
		default CompletableFuture<List<PropertyField>> updatePropertyFields(String groupId,
				List<PropertyField> fields) {
			return executeAsync(PropertyCalls.updatePropertyFields(groupId, fields));
		}

		@Override
		default CompletableFuture<Void> deletePropertyField(String groupId, String fieldId) {
			return executeAsync(PropertyCalls.deletePropertyField(groupId, fieldId));
		}

		@Override
		default CompletableFuture<PropertyValue> createPropertyValue(PropertyValue value) {
			return executeAsync(PropertyCalls.createPropertyValue(value));
		}

		@Override
		default CompletableFuture<PropertyValue> getPropertyValue(String groupId, String valueId) {
			return executeAsync(PropertyCalls.getPropertyValue(groupId, valueId));
		}

		@Override
		default CompletableFuture<List<PropertyValue>> getPropertyValues(String groupId, List<String> ids) {
			return executeAsync(PropertyCalls.getPropertyValues(groupId, ids));
		}

		@Override
		default CompletableFuture<List<PropertyValue>> searchPropertyValues(String groupId,
				PropertyValueSearchOpts opts) {
			return executeAsync(PropertyCalls.searchPropertyValues(groupId, opts));
		}

		@Override
		default CompletableFuture<PropertyValue> updatePropertyValue(String groupId, PropertyValue value) {
			return executeAsync(PropertyCalls.updatePropertyValue(groupId, value));
		}

		@Override
		default CompletableFuture<List<PropertyValue>> updatePropertyValues(String groupId,
				List<PropertyValue> values) {
			return executeAsync(PropertyCalls.updatePropertyValues(groupId, values));
		}

		@Override
		default CompletableFuture<PropertyValue> upsertPropertyValue(PropertyValue value) {
			return executeAsync(PropertyCalls.upsertPropertyValue(value));
		}

		@Override
		default CompletableFuture<List<PropertyValue>> upsertPropertyValues(List<PropertyValue> values) {
			return executeAsync(PropertyCalls.upsertPropertyValues(values));
		}

		@Override
		default CompletableFuture<Void> deletePropertyValue(String groupId, String valueId) {
			return executeAsync(PropertyCalls.deletePropertyValue(groupId, valueId));
		}

		@Override
		default CompletableFuture<Void> deletePropertyValuesForTarget(String groupId, String targetType,
				String targetId) {
			return executeAsync(PropertyCalls.deletePropertyValuesForTarget(groupId, targetType, targetId));
		}

		@Override
		default CompletableFuture<Void> deletePropertyValuesForField(String groupId, String fieldId) {
			return executeAsync(PropertyCalls.deletePropertyValuesForField(groupId, fieldId));
		}

	}

}
