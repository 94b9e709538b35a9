package dev.pluginkit.mattermost.settings.processor;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.LiteralTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.UnaryTree;
import com.sun.source.tree.VariableTree;
import com.sun.source.util.Trees;

/**
 * Writes {@value #SCHEMA_PATH} to the class output: the {@code settings_schema} of a
 * Mattermost plugin's {@code plugin.json}, made from the application's
 * {@code @PluginSettings} classes, so that the class is the one source of the settings.
 * Each property of such a class (a record's components; a JavaBean's fields that have a
 * setter) is one setting:
 * <ul>
 * <li>{@code key}: {@code @Setting(key)}, or the property's name;</li>
 * <li>{@code display_name}: {@code @Setting(displayName)}, or the name in words
 * ({@code forbiddenWord}: "Forbidden word");</li>
 * <li>{@code type}: {@code @Setting(type)}, or from the Java type: {@code bool} for
 * booleans, {@code number} for whole numbers, {@code dropdown} with the constants as
 * options for an enum, {@code text} for anything else;</li>
 * <li>{@code help_text}: {@code @Setting(helpText)}, or the field's Javadoc (a record
 * component: the record's {@code @param});</li>
 * <li>{@code default}: {@code @Setting(defaultValue)}, or the field's initializer when it is
 * a literal or an enum constant (a record component: Spring Boot's {@code @DefaultValue}),
 * as a JSON boolean, number or string after the setting's type; none otherwise, and the
 * server hands the plugin {@code null}, which leaves the Java default;</li>
 * <li>{@code placeholder} and {@code secret} from {@code @Setting}.</li>
 * </ul>
 * The annotations are known by name: the processor needs nothing but the compiler.
 * Mistakes (two keys that differ in case only, which the server's lower-casing would merge;
 * options for a property that is no enum; a default the type cannot take) are compile
 * errors on the property.
 */
@SupportedAnnotationTypes(PluginSettingsProcessor.PLUGIN_SETTINGS)
public class PluginSettingsProcessor extends AbstractProcessor {

	/** Where the schema is written, relative to the class output. */
	public static final String SCHEMA_PATH = "META-INF/mattermost-plugin/settings_schema.json";

	static final String PLUGIN_SETTINGS = "dev.pluginkit.mattermost.settings.PluginSettings";

	private static final String SETTING = "dev.pluginkit.mattermost.settings.Setting";

	private static final String DEFAULT_VALUE = "org.springframework.boot.context.properties.bind.DefaultValue";

	private final Map<String, TypeElement> types = new TreeMap<>();

	@Override
	public SourceVersion getSupportedSourceVersion() {
		return SourceVersion.latestSupported();
	}

	@Override
	public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
		for (TypeElement annotation : annotations) {
			for (Element element : round.getElementsAnnotatedWith(annotation)) {
				if (element instanceof TypeElement type) {
					this.types.put(type.getQualifiedName().toString(), type);
				}
			}
		}
		if (round.processingOver() && !this.types.isEmpty()) {
			writeSchema();
		}
		return false;
	}

	private void writeSchema() {
		Map<String, Object> schema = new LinkedHashMap<>();
		List<String> headers = new ArrayList<>();
		List<String> footers = new ArrayList<>();
		List<Object> settings = new ArrayList<>();
		Map<String, Element> keys = new HashMap<>();
		for (TypeElement type : this.types.values()) {
			AnnotationMirror annotation = annotation(type, PLUGIN_SETTINGS);
			addIfPresent(headers, stringValue(annotation, "header"));
			addIfPresent(footers, stringValue(annotation, "footer"));
			for (Property property : properties(type)) {
				Map<String, Object> setting = setting(type, property);
				if (setting == null) {
					continue;
				}
				String key = (String) setting.get("key");
				Element other = keys.putIfAbsent(key.toLowerCase(Locale.ROOT), property.element());
				if (other != null) {
					error(property.element(), "The setting key \"" + key + "\" equals the key of " + describe(other)
							+ " once lower-cased, as the server stores keys; give one of them another key with @Setting(key = ...)");
					continue;
				}
				settings.add(setting);
			}
		}
		if (!headers.isEmpty()) {
			schema.put("header", String.join("\n\n", headers));
		}
		if (!footers.isEmpty()) {
			schema.put("footer", String.join("\n\n", footers));
		}
		schema.put("settings", settings);
		try {
			FileObject file = this.processingEnv.getFiler()
				.createResource(StandardLocation.CLASS_OUTPUT, "", SCHEMA_PATH,
						this.types.values().toArray(new Element[0]));
			try (OutputStream out = file.openOutputStream()) {
				out.write(Json.write(schema).getBytes(StandardCharsets.UTF_8));
			}
		}
		catch (IOException ex) {
			this.processingEnv.getMessager()
				.printMessage(Diagnostic.Kind.ERROR, "Cannot write " + SCHEMA_PATH + ": " + ex.getMessage());
		}
	}

	private Map<String, Object> setting(TypeElement owner, Property property) {
		AnnotationMirror annotation = property.setting();
		String name = property.name();
		TypeMirror javaType = property.type();
		TypeElement enumType = enumType(javaType);
		String key = stringValue(annotation, "key");
		String displayName = stringValue(annotation, "displayName");
		String helpText = stringValue(annotation, "helpText");
		String placeholder = stringValue(annotation, "placeholder");
		String declaredType = enumValue(annotation, "type");
		String type = (declaredType == null || declaredType.equals("AUTO")) ? inferType(javaType, enumType)
				: declaredType.toLowerCase(Locale.ROOT);
		Map<String, Object> setting = new LinkedHashMap<>();
		setting.put("key", key.isEmpty() ? name : key);
		setting.put("display_name", displayName.isEmpty() ? words(name) : displayName);
		setting.put("type", type);
		setting.put("help_text", helpText.isEmpty() ? property.javadoc() : helpText);
		if (!placeholder.isEmpty()) {
			setting.put("placeholder", placeholder);
		}
		String defaultText = stringValue(annotation, "defaultValue");
		Object defaultValue = defaultText.isEmpty() ? property.initializer() : defaultText;
		if (defaultValue != null) {
			Object converted = defaultValue(type, enumType, defaultValue);
			if (converted == null) {
				error(property.element(), "The default " + defaultValue + " of " + describe(property.element())
						+ " does not fit a setting of type " + type);
				return null;
			}
			setting.put("default", converted);
		}
		if (type.equals("dropdown") || type.equals("radio")) {
			if (enumType == null) {
				error(property.element(), describe(property.element()) + " is a " + type
						+ " setting, whose options come from an enum, but its type is " + javaType);
				return null;
			}
			List<Object> options = new ArrayList<>();
			for (VariableElement constant : constants(enumType)) {
				Map<String, Object> option = new LinkedHashMap<>();
				option.put("display_name", words(constant.getSimpleName().toString()));
				option.put("value", constant.getSimpleName().toString());
				options.add(option);
			}
			setting.put("options", options);
		}
		if (booleanValue(annotation, "secret")) {
			// "secret" is not in the server's model.PluginSetting we could read
			// (server/public/model/manifest.go); Go's decoder ignores a field it does not know.
			setting.put("secret", true);
		}
		return setting;
	}

	private static String inferType(TypeMirror type, TypeElement enumType) {
		if (enumType != null) {
			return "dropdown";
		}
		String name = type.getKind().isPrimitive() ? type.getKind().name().toLowerCase(Locale.ROOT) : type.toString();
		return switch (name) {
			case "boolean", "java.lang.Boolean" -> "bool";
			case "byte", "short", "int", "long", "java.lang.Byte", "java.lang.Short", "java.lang.Integer",
					"java.lang.Long", "java.math.BigInteger" -> "number";
			default -> "text";
		};
	}

	/** The default in the JSON type the server hands back for the setting's type. */
	private static Object defaultValue(String type, TypeElement enumType, Object value) {
		String text = String.valueOf(value);
		switch (type) {
			case "bool":
				return (text.equals("true") || text.equals("false")) ? Boolean.valueOf(text) : null;
			case "number":
				try {
					return Long.parseLong(text);
				}
				catch (NumberFormatException ex) {
					return null;
				}
			case "dropdown":
			case "radio":
				if (enumType != null && constants(enumType).stream().noneMatch((c) -> c.getSimpleName().contentEquals(text))) {
					return null;
				}
				return text;
			default:
				return text;
		}
	}

	private List<Property> properties(TypeElement type) {
		List<Property> properties = new ArrayList<>();
		if (type.getKind() == ElementKind.RECORD) {
			Map<String, String> params = paramDocs(this.processingEnv.getElementUtils().getDocComment(type));
			ExecutableElement constructor = canonicalConstructor(type);
			for (RecordComponentElement component : type.getRecordComponents()) {
				String name = component.getSimpleName().toString();
				VariableElement parameter = (constructor != null) ? constructor.getParameters()
					.stream()
					.filter((p) -> p.getSimpleName().contentEquals(name))
					.findFirst()
					.orElse(null) : null;
				AnnotationMirror setting = firstAnnotation(SETTING, component, component.getAccessor(), parameter);
				AnnotationMirror defaultValue = firstAnnotation(DEFAULT_VALUE, component, parameter);
				Object initializer = null;
				if (defaultValue != null) {
					List<String> values = stringValues(defaultValue, "value");
					initializer = values.isEmpty() ? null : String.join(",", values);
				}
				properties.add(new Property(component, name, component.asType(), setting,
						params.getOrDefault(name, ""), initializer));
			}
			return properties;
		}
		for (TypeElement each = type; each != null; each = superclass(each)) {
			List<ExecutableElement> methods = ElementFilter.methodsIn(each.getEnclosedElements());
			for (VariableElement field : ElementFilter.fieldsIn(each.getEnclosedElements())) {
				if (field.getModifiers().contains(Modifier.STATIC)) {
					continue;
				}
				String name = field.getSimpleName().toString();
				String suffix = Character.toUpperCase(name.charAt(0)) + name.substring(1);
				ExecutableElement setter = method(methods, "set" + suffix);
				if (setter == null) {
					continue;
				}
				AnnotationMirror setting = firstAnnotation(SETTING, field, method(methods, "get" + suffix),
						method(methods, "is" + suffix), setter);
				properties.add(new Property(field, name, field.asType(), setting,
						javadoc(this.processingEnv.getElementUtils().getDocComment(field)), initializer(field)));
			}
		}
		return properties;
	}

	/** A literal initializer's value, or an enum constant's name; {@code null} for others. */
	private Object initializer(VariableElement field) {
		Trees trees;
		try {
			trees = Trees.instance(this.processingEnv);
		}
		catch (RuntimeException | LinkageError ex) {
			// Not javac, or a wrapped processing environment: no initializers, no defaults.
			return null;
		}
		Tree tree = trees.getTree(field);
		if (!(tree instanceof VariableTree variable) || variable.getInitializer() == null) {
			return null;
		}
		return literal(variable.getInitializer());
	}

	private static Object literal(ExpressionTree expression) {
		if (expression instanceof LiteralTree literal) {
			return literal.getValue();
		}
		if (expression instanceof UnaryTree unary && unary.getKind() == Tree.Kind.UNARY_MINUS
				&& unary.getExpression() instanceof LiteralTree literal && literal.getValue() instanceof Number) {
			return "-" + literal.getValue();
		}
		if (expression instanceof MemberSelectTree select) {
			return select.getIdentifier().toString();
		}
		return null;
	}

	private static TypeElement superclass(TypeElement type) {
		TypeMirror superclass = type.getSuperclass();
		if (superclass.getKind() != TypeKind.DECLARED) {
			return null;
		}
		TypeElement element = (TypeElement) ((DeclaredType) superclass).asElement();
		return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
	}

	private static ExecutableElement method(List<ExecutableElement> methods, String name) {
		return methods.stream().filter((m) -> m.getSimpleName().contentEquals(name)).findFirst().orElse(null);
	}

	private static ExecutableElement canonicalConstructor(TypeElement record) {
		List<? extends RecordComponentElement> components = record.getRecordComponents();
		for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
			if (constructor.getParameters().size() == components.size()) {
				return constructor;
			}
		}
		return null;
	}

	private static TypeElement enumType(TypeMirror type) {
		if (type.getKind() == TypeKind.DECLARED) {
			Element element = ((DeclaredType) type).asElement();
			if (element.getKind() == ElementKind.ENUM) {
				return (TypeElement) element;
			}
		}
		return null;
	}

	private static List<VariableElement> constants(TypeElement enumType) {
		return ElementFilter.fieldsIn(enumType.getEnclosedElements())
			.stream()
			.filter((field) -> field.getKind() == ElementKind.ENUM_CONSTANT)
			.toList();
	}

	/** {@code forbiddenWord}: "Forbidden word"; {@code LOG_ONLY}: "Log only". */
	static String words(String name) {
		StringBuilder words = new StringBuilder();
		boolean allCaps = name.equals(name.toUpperCase(Locale.ROOT));
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (c == '_' || c == '-') {
				words.append(' ');
				continue;
			}
			boolean boundary = !allCaps && Character.isUpperCase(c) && i > 0
					&& (Character.isLowerCase(name.charAt(i - 1)) || Character.isDigit(name.charAt(i - 1)));
			if (boundary) {
				words.append(' ');
			}
			words.append(Character.toLowerCase(c));
		}
		String text = words.toString().trim().replaceAll(" +", " ");
		return text.isEmpty() ? name : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	/** The comment's text before its block tags, on one line. */
	static String javadoc(String comment) {
		if (comment == null) {
			return "";
		}
		int tags = comment.indexOf("\n@");
		String text = (tags >= 0) ? comment.substring(0, tags) : comment;
		if (text.startsWith("@")) {
			text = "";
		}
		return text.replaceAll("\\s+", " ").trim();
	}

	/** A record comment's {@code @param} texts by name. */
	static Map<String, String> paramDocs(String comment) {
		Map<String, String> params = new HashMap<>();
		if (comment == null) {
			return params;
		}
		for (String tag : comment.split("\n(?=\\s*@)")) {
			String trimmed = tag.trim();
			if (trimmed.startsWith("@param ")) {
				String[] parts = trimmed.substring("@param ".length()).trim().split("\\s+", 2);
				params.put(parts[0], (parts.length > 1) ? parts[1].replaceAll("\\s+", " ").trim() : "");
			}
		}
		return params;
	}

	private static AnnotationMirror firstAnnotation(String name, Element... elements) {
		for (Element element : elements) {
			AnnotationMirror found = (element != null) ? annotation(element, name) : null;
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static AnnotationMirror annotation(Element element, String name) {
		for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
			if (((TypeElement) mirror.getAnnotationType().asElement()).getQualifiedName().contentEquals(name)) {
				return mirror;
			}
		}
		return null;
	}

	private static Object value(AnnotationMirror annotation, String name) {
		if (annotation == null) {
			return null;
		}
		for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry : annotation.getElementValues()
			.entrySet()) {
			if (entry.getKey().getSimpleName().contentEquals(name)) {
				return entry.getValue().getValue();
			}
		}
		return null;
	}

	private static String stringValue(AnnotationMirror annotation, String name) {
		Object value = value(annotation, name);
		return (value != null) ? value.toString() : "";
	}

	private static boolean booleanValue(AnnotationMirror annotation, String name) {
		return Boolean.TRUE.equals(value(annotation, name));
	}

	private static String enumValue(AnnotationMirror annotation, String name) {
		Object value = value(annotation, name);
		return (value instanceof VariableElement constant) ? constant.getSimpleName().toString() : null;
	}

	private static List<String> stringValues(AnnotationMirror annotation, String name) {
		Object value = value(annotation, name);
		List<String> values = new ArrayList<>();
		if (value instanceof List<?> list) {
			for (Object item : list) {
				values.add(String.valueOf(((AnnotationValue) item).getValue()));
			}
		}
		return values;
	}

	private static void addIfPresent(List<String> texts, String text) {
		if (!text.isEmpty()) {
			texts.add(text);
		}
	}

	private static String describe(Element element) {
		return element.getEnclosingElement().getSimpleName() + "." + element.getSimpleName();
	}

	private void error(Element element, String message) {
		this.processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, element);
	}

	/**
	 * One property as the processor sees it.
	 */
	private record Property(Element element, String name, TypeMirror type, AnnotationMirror setting, String javadoc,
			Object initializer) {
	}

}
