package dev.pluginkit.mattermost.autoconfigure.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.pluginkit.mattermost.settings.InvalidPluginSettingsException;
import dev.pluginkit.mattermost.settings.PluginSettings;

import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.BindHandler;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.handler.IgnoreTopLevelConverterNotFoundBindHandler;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.boot.context.properties.source.ConfigurationProperty;
import org.springframework.boot.context.properties.source.ConfigurationPropertyName;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;
import org.springframework.validation.Validator;
import org.springframework.validation.annotation.Validated;

/**
 * Binds the plugin's settings, as {@code LoadPluginConfiguration} answers them, to a
 * {@link PluginSettings @PluginSettings} class with Spring Boot's {@link Binder}, as
 * {@code @ConfigurationProperties} are bound: a JavaBean through its setters, a record
 * through its constructor, values converted by Spring Boot's conversion service, and
 * validated when the class is {@link Validated @Validated} and a validator is at hand.
 *
 * <p>The server lower-cases every key ({@code PluginAPI.LoadPluginConfiguration} in
 * {@code server/channels/app/plugin_api.go} calls {@code strings.ToLower} on the keys of
 * the manifest's defaults and of the stored settings), so keys match properties ignoring
 * case, as relaxed binding does anyway; a key set with {@link dev.pluginkit.mattermost.settings.Setting#key()}
 * is first renamed to its property. A {@code null} value (the server's answer for a
 * setting with no default that no administrator set) leaves the property at its Java
 * default. Numbers arrive as JSON numbers; whole ones bind to {@code int} and {@code long}
 * properties.
 */
public class PluginSettingsBinder {

	private final Validator validator;

	/**
	 * Creates a binder.
	 * @param validator validates {@code @Validated} classes, or {@code null} for no
	 * validation
	 */
	public PluginSettingsBinder(Validator validator) {
		this.validator = validator;
	}

	/**
	 * Binds the settings to a new object of the class.
	 * @param <T> the settings class
	 * @param type the settings class
	 * @param settings the settings as loaded: keys to strings, numbers, booleans, lists,
	 * maps or {@code null}s
	 * @return the bound settings, the class's defaults where no value was given
	 * @throws InvalidPluginSettingsException naming the settings at fault when a value
	 * does not convert or validation fails
	 */
	public <T> T bind(Class<T> type, Map<String, ?> settings) {
		SettingsMetadata metadata = SettingsMetadata.of(type);
		Binder binder = new Binder(List.of(new MapConfigurationPropertySource(flatten(metadata, settings))), null,
				ApplicationConversionService.getSharedInstance());
		BindHandler handler = new IgnoreTopLevelConverterNotFoundBindHandler();
		if (this.validator != null && AnnotatedElementUtils.hasAnnotation(type, Validated.class)) {
			handler = new ValidationBindHandler(handler, this.validator);
		}
		try {
			return binder.bindOrCreate(ConfigurationPropertyName.EMPTY, Bindable.of(type), handler);
		}
		catch (BindException ex) {
			throw invalid(metadata, ex);
		}
	}

	private static Map<String, Object> flatten(SettingsMetadata metadata, Map<String, ?> settings) {
		Map<String, Object> flat = new LinkedHashMap<>();
		settings.forEach((key, value) -> {
			SettingsMetadata.Property property = metadata.find(key);
			put(flat, (property != null) ? property.name() : key, value);
		});
		return flat;
	}

	private static void put(Map<String, Object> flat, String name, Object value) {
		if (value == null) {
			return;
		}
		if (value instanceof Map<?, ?> map) {
			map.forEach((key, item) -> put(flat, name + "." + key, item));
			return;
		}
		flat.put(name, plain(value));
	}

	private static Object plain(Object value) {
		if (value instanceof Double number && number == Math.rint(number) && !Double.isInfinite(number)
				&& Math.abs(number) < 0x1p53) {
			// Whole JSON numbers: "5", not "5.0", which an int property could not take.
			return number.longValue();
		}
		if (value instanceof List<?> list) {
			List<Object> items = new ArrayList<>(list.size());
			list.forEach((item) -> items.add(plain(item)));
			return items;
		}
		return value;
	}

	private static InvalidPluginSettingsException invalid(SettingsMetadata metadata, BindException ex) {
		String where = "Invalid plugin settings (" + metadata.type().getSimpleName() + ")";
		List<String> keys = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		if (ex.getCause() instanceof BindValidationException validation) {
			for (ObjectError error : validation.getValidationErrors()) {
				if (error instanceof FieldError field) {
					SettingsMetadata.Property property = metadata.find(topLevel(field.getField()));
					String key = (property != null) ? property.key() : field.getField();
					keys.add(key);
					problems.add("setting \"" + key + "\" " + field.getDefaultMessage()
							+ value(property, field.getRejectedValue()));
				}
				else {
					problems.add(error.getDefaultMessage());
				}
			}
		}
		else {
			ConfigurationProperty bound = ex.getProperty();
			String name = (bound != null) ? bound.getName().toString() : ex.getName().toString();
			SettingsMetadata.Property property = metadata.find(topLevel(name));
			String key = (property != null) ? property.key() : name;
			keys.add(key);
			boolean secret = property != null && property.secret();
			// The converter's message quotes the value: left out for a secret.
			problems.add("setting \"" + key + "\" cannot be bound to " + ex.getTarget().getType()
					+ ((bound != null) ? value(property, bound.getValue()) : "") + (secret ? "" : ": " + rootMessage(ex)));
		}
		return new InvalidPluginSettingsException(metadata.type(), keys, where + ": " + String.join("; ", problems),
				ex);
	}

	private static String topLevel(String name) {
		int dot = name.indexOf('.');
		int bracket = name.indexOf('[');
		int end = (dot < 0) ? bracket : ((bracket < 0) ? dot : Math.min(dot, bracket));
		return (end < 0) ? name : name.substring(0, end);
	}

	private static String value(SettingsMetadata.Property property, Object value) {
		if (property != null && property.secret()) {
			return " (value not shown: the setting is secret)";
		}
		return " (value: " + ((value instanceof CharSequence) ? "\"" + value + "\"" : String.valueOf(value)) + ")";
	}

	private static String rootMessage(Throwable ex) {
		Throwable root = ex;
		while (root.getCause() != null && root.getCause() != root) {
			root = root.getCause();
		}
		return (root.getMessage() != null) ? root.getMessage() : root.getClass().getSimpleName();
	}

}
