package dev.pluginkit.mattermost.autoconfigure.settings;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

import dev.pluginkit.mattermost.settings.Setting;

import org.springframework.util.ReflectionUtils;
import org.springframework.util.StringUtils;

/**
 * What the binder needs to know of a settings class's properties at run time: each
 * property's name, the key it has in {@code plugin.json} and whether it is secret, read
 * from the same {@link Setting} annotations the settings processor reads at build time.
 *
 * @param type the settings class
 * @param properties its properties
 */
record SettingsMetadata(Class<?> type, List<Property> properties) {

	static SettingsMetadata of(Class<?> type) {
		List<Property> properties = new ArrayList<>();
		if (type.isRecord()) {
			for (RecordComponent component : type.getRecordComponents()) {
				properties.add(Property.of(component.getName(), component.getAnnotation(Setting.class)));
			}
		}
		else {
			ReflectionUtils.doWithFields(type, (field) -> properties.add(Property.of(field.getName(), setting(type, field))),
					(field) -> !Modifier.isStatic(field.getModifiers()) && !field.isSynthetic());
		}
		return new SettingsMetadata(type, List.copyOf(properties));
	}

	/**
	 * The property a key of the loaded settings or a binder's property name belongs to:
	 * compared as the server and Spring's relaxed binding do, ignoring case, and dashes and
	 * underscores.
	 */
	Property find(String keyOrName) {
		String uniform = uniform(keyOrName);
		for (Property property : this.properties) {
			if (uniform(property.key()).equals(uniform) || uniform(property.name()).equals(uniform)) {
				return property;
			}
		}
		return null;
	}

	static String uniform(String name) {
		StringBuilder uniform = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				uniform.append(Character.toLowerCase(c));
			}
		}
		return uniform.toString();
	}

	private static Setting setting(Class<?> type, Field field) {
		Setting setting = field.getAnnotation(Setting.class);
		if (setting != null) {
			return setting;
		}
		String suffix = StringUtils.capitalize(field.getName());
		for (String prefix : new String[] { "get", "is", "set" }) {
			for (Method method : type.getMethods()) {
				if (method.getName().equals(prefix + suffix) && method.isAnnotationPresent(Setting.class)) {
					return method.getAnnotation(Setting.class);
				}
			}
		}
		return null;
	}

	/**
	 * One property.
	 *
	 * @param name the Java property's name
	 * @param key its key in {@code plugin.json}
	 * @param secret whether its value must not be shown
	 */
	record Property(String name, String key, boolean secret) {

		static Property of(String name, Setting setting) {
			String key = (setting != null && !setting.key().isEmpty()) ? setting.key() : name;
			return new Property(name, key, setting != null && setting.secret());
		}

	}

}
