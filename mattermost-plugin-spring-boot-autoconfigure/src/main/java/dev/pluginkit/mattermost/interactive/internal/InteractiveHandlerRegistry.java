package dev.pluginkit.mattermost.interactive.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import dev.pluginkit.mattermost.interactive.ActionContext;
import dev.pluginkit.mattermost.interactive.DialogCancelled;
import dev.pluginkit.mattermost.interactive.DialogState;
import dev.pluginkit.mattermost.interactive.DialogSubmission;
import dev.pluginkit.mattermost.interactive.InvalidInteractiveHandlerException;
import dev.pluginkit.mattermost.interactive.PostAction;
import dev.pluginkit.mattermost.interactive.PostActionIntegrationRequest;
import dev.pluginkit.mattermost.interactive.PostActionIntegrationResponse;
import dev.pluginkit.mattermost.interactive.SelectedOption;
import dev.pluginkit.mattermost.interactive.SubmitDialogRequest;
import dev.pluginkit.mattermost.interactive.SubmitDialogResponse;
import dev.pluginkit.mattermost.interactive.Submission;
import dev.pluginkit.mattermost.interactive.internal.InteractiveHandlerMethod.Argument;
import dev.pluginkit.mattermost.interactive.internal.InteractiveHandlerMethod.Kind;
import dev.pluginkit.mattermost.interactive.internal.InteractiveHandlerMethod.Returns;
import dev.pluginkit.mattermost.interactive.internal.InteractiveHandlerMethod.Source;
import dev.pluginkit.mattermost.pluginapi.v1.PluginContext;
import dev.pluginkit.mattermost.pluginapi.v1.Post;
import dev.pluginkit.mattermost.web.MattermostUserId;

import org.springframework.aop.support.AopUtils;
import org.springframework.beans.BeansException;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.core.MethodIntrospector;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.AnnotationUtils;
import org.springframework.lang.Nullable;
import org.springframework.util.ClassUtils;

/**
 * Finds the {@code @PostAction} and {@code @DialogSubmission} methods of the application's
 * beans once all singletons exist, as Spring's {@code EventListenerMethodProcessor} finds
 * event listeners, and checks each: a name that can be a URL segment, one method per name,
 * parameters it can bind and a return type it can write. Any mistake fails the start with an
 * {@link InvalidInteractiveHandlerException}. So does a handler in an application that
 * cannot serve it: without Spring MVC and Jackson there is no endpoint.
 */
public class InteractiveHandlerRegistry implements SmartInitializingSingleton, BeanFactoryAware {

	/** The bean that serves the handlers; without it, handlers cannot be reached. */
	public static final String ENDPOINT_BEAN_NAME = "mattermostInteractiveEndpoint";

	/**
	 * What the server can carry in a URL segment without escaping: the names end up in
	 * {@code /plugins/{id}/.../{name}}, which the server cleans and parses as a URL before it
	 * forwards it ({@code DoActionRequest} in {@code server/channels/app/integration_action.go}).
	 */
	private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._~-]+");

	private static final Set<Class<? extends Annotation>> ANNOTATIONS = Set.of(PostAction.class,
			DialogSubmission.class);

	private final Map<String, InteractiveHandlerMethod> actions = new TreeMap<>();

	private final Map<String, InteractiveHandlerMethod> dialogs = new TreeMap<>();

	@Nullable
	private ConfigurableListableBeanFactory beanFactory;

	@Override
	public void setBeanFactory(BeanFactory beanFactory) throws BeansException {
		this.beanFactory = (ConfigurableListableBeanFactory) beanFactory;
	}

	@Override
	public void afterSingletonsInstantiated() {
		ConfigurableListableBeanFactory factory = this.beanFactory;
		if (factory == null) {
			return;
		}
		for (String beanName : factory.getBeanNamesForType(Object.class, false, false)) {
			if (beanName.startsWith("scopedTarget.")) {
				continue;
			}
			Class<?> type = factory.getType(beanName, false);
			if (type == null) {
				continue;
			}
			Class<?> userType = ClassUtils.getUserClass(type);
			if (!AnnotationUtils.isCandidateClass(userType, ANNOTATIONS)) {
				continue;
			}
			Map<Method, Annotation> methods = MethodIntrospector.selectMethods(userType,
					(MethodIntrospector.MetadataLookup<Annotation>) (method) -> {
						PostAction action = AnnotatedElementUtils.findMergedAnnotation(method, PostAction.class);
						return (action != null) ? action
								: AnnotatedElementUtils.findMergedAnnotation(method, DialogSubmission.class);
					});
			if (methods.isEmpty()) {
				continue;
			}
			Object bean = factory.getBean(beanName);
			methods.forEach((method, annotation) -> register(bean, method, annotation));
		}
		if (!isEmpty() && !factory.containsBean(ENDPOINT_BEAN_NAME)) {
			InteractiveHandlerMethod first = this.actions.isEmpty() ? this.dialogs.values().iterator().next()
					: this.actions.values().iterator().next();
			throw new InvalidInteractiveHandlerException(first.method(), first.kind().describe(first.name()),
					whyNotServed(factory.getBeanClassLoader()));
		}
	}

	private static String whyNotServed(@Nullable ClassLoader classLoader) {
		boolean mvc = ClassUtils.isPresent("org.springframework.web.servlet.DispatcherServlet", classLoader)
				&& ClassUtils.isPresent("jakarta.servlet.Servlet", classLoader);
		boolean jackson = ClassUtils.isPresent("com.fasterxml.jackson.databind.ObjectMapper", classLoader);
		if (mvc && jackson) {
			return "buttons, menus and dialogs are served through ServeHTTP by Spring MVC, but the application is "
					+ "not a servlet web application: remove spring.main.web-application-type=none (or, in a "
					+ "@SpringBootTest, webEnvironment = NONE)";
		}
		return "buttons, menus and dialogs are served through ServeHTTP by Spring MVC, and need Spring MVC "
				+ "and Jackson: add spring-boot-starter-web (without spring-boot-starter-tomcat) and "
				+ "jakarta.servlet-api to the plugin's dependencies";
	}

	private void register(Object bean, Method method, Annotation annotation) {
		Kind kind = (annotation instanceof PostAction) ? Kind.ACTION : Kind.DIALOG;
		String name = (annotation instanceof PostAction action) ? action.value()
				: ((DialogSubmission) annotation).value();
		String handler = kind.describe(name);
		if (AnnotatedElementUtils.hasAnnotation(method, PostAction.class)
				&& AnnotatedElementUtils.hasAnnotation(method, DialogSubmission.class)) {
			throw new InvalidInteractiveHandlerException(method, handler,
					"a method handles either a @PostAction or a @DialogSubmission, not both");
		}
		if (!NAME.matcher(name).matches()) {
			throw new InvalidInteractiveHandlerException(method, handler, "the name '" + name
					+ "' must be letters, digits, '.', '_', '~' or '-' (it is a segment of the handler's URL)");
		}
		Map<String, InteractiveHandlerMethod> handlers = (kind == Kind.ACTION) ? this.actions : this.dialogs;
		InteractiveHandlerMethod existing = handlers.get(name);
		if (existing != null) {
			throw new InvalidInteractiveHandlerException(method, handler, "another method, "
					+ InvalidInteractiveHandlerException.describe(existing.method()) + ", already handles " + handler
					+ "; give one of them another name");
		}
		List<Argument> arguments = new ArrayList<>();
		for (Parameter parameter : method.getParameters()) {
			arguments.add(argument(kind, method, handler, parameter));
		}
		Returns returns = returns(kind, method, handler);
		Method invocable = AopUtils.selectInvocableMethod(method, bean.getClass());
		handlers.put(name, new InteractiveHandlerMethod(kind, name, bean, invocable, List.copyOf(arguments), returns));
	}

	private static Argument argument(Kind kind, Method method, String handler, Parameter parameter) {
		Class<?> type = parameter.getType();
		String where = "parameter " + parameter.getName() + " (" + type.getSimpleName() + ")";
		MattermostUserId userId = parameter.getAnnotation(MattermostUserId.class);
		if (userId != null) {
			requireType(method, handler, where, type, String.class, "@MattermostUserId");
			return argument(Source.USER_ID, "", true, parameter);
		}
		if (type == PluginContext.class) {
			return argument(Source.PLUGIN_CONTEXT, "", false, parameter);
		}
		if (kind == Kind.ACTION) {
			if (type == PostActionIntegrationRequest.class) {
				return argument(Source.REQUEST, "", false, parameter);
			}
			ActionContext context = parameter.getAnnotation(ActionContext.class);
			if (context != null) {
				return context.value().isEmpty() ? argument(Source.VALUES, "", false, parameter)
						: argument(Source.VALUE, context.value(), context.required() || type.isPrimitive(),
								parameter);
			}
			if (parameter.isAnnotationPresent(SelectedOption.class)) {
				requireType(method, handler, where, type, String.class, "@SelectedOption");
				return argument(Source.SELECTED_OPTION, "", false, parameter);
			}
		}
		else {
			if (type == SubmitDialogRequest.class) {
				return argument(Source.REQUEST, "", false, parameter);
			}
			Submission submission = parameter.getAnnotation(Submission.class);
			if (submission != null) {
				return submission.value().isEmpty() ? argument(Source.VALUES, "", false, parameter)
						: argument(Source.VALUE, submission.value(), submission.required() || type.isPrimitive(),
								parameter);
			}
			if (parameter.isAnnotationPresent(DialogState.class)) {
				requireType(method, handler, where, type, String.class, "@DialogState");
				return argument(Source.STATE, "", false, parameter);
			}
			if (parameter.isAnnotationPresent(DialogCancelled.class)) {
				if (type != boolean.class && type != Boolean.class) {
					throw new InvalidInteractiveHandlerException(method, handler,
							where + " is annotated with @DialogCancelled, which binds boolean parameters only");
				}
				return argument(Source.CANCELLED, "", false, parameter);
			}
		}
		throw new InvalidInteractiveHandlerException(method, handler,
				"nothing binds " + where + ". " + ((kind == Kind.ACTION)
						? "A @PostAction method takes PostActionIntegrationRequest, @MattermostUserId String, "
								+ "@ActionContext (the whole context, or one value by name), @SelectedOption String "
								+ "and PluginContext parameters"
						: "A @DialogSubmission method takes SubmitDialogRequest, @Submission (all values, or one "
								+ "by name), @MattermostUserId String, @DialogState String, @DialogCancelled boolean "
								+ "and PluginContext parameters"));
	}

	private static Argument argument(Source source, String name, boolean required, Parameter parameter) {
		return new Argument(source, name, required, parameter.getParameterizedType(), parameter.getType());
	}

	private static void requireType(Method method, String handler, String where, Class<?> actual, Class<?> expected,
			String annotation) {
		if (actual != expected) {
			throw new InvalidInteractiveHandlerException(method, handler, where + " is annotated with " + annotation
					+ ", which binds " + expected.getSimpleName() + " parameters only");
		}
	}

	private static Returns returns(Kind kind, Method method, String handler) {
		Class<?> type = method.getReturnType();
		if (type == void.class || type == Void.class) {
			return Returns.NOTHING;
		}
		if (type == String.class) {
			return Returns.TEXT;
		}
		if (kind == Kind.ACTION && type == PostActionIntegrationResponse.class
				|| kind == Kind.DIALOG && type == SubmitDialogResponse.class) {
			return Returns.RESPONSE;
		}
		if (kind == Kind.ACTION && type == Post.class) {
			return Returns.POST;
		}
		throw new InvalidInteractiveHandlerException(method, handler, "it returns " + type.getSimpleName()
				+ ", which it cannot answer with. " + ((kind == Kind.ACTION)
						? "A @PostAction method returns PostActionIntegrationResponse, Post (the post's update), "
								+ "String (text shown to the user who clicked) or void"
						: "A @DialogSubmission method returns SubmitDialogResponse, String (a general error) or void"));
	}

	/**
	 * The handler of an action.
	 * @param name the action's name
	 * @return its handler, or {@code null} when no method handles it
	 */
	@Nullable
	public InteractiveHandlerMethod action(String name) {
		return this.actions.get(name);
	}

	/**
	 * The handler of a dialog.
	 * @param callbackId the dialog's callback id
	 * @return its handler, or {@code null} when no method handles it
	 */
	@Nullable
	public InteractiveHandlerMethod dialog(String callbackId) {
		return this.dialogs.get(callbackId);
	}

	/**
	 * The names of the actions that have handlers.
	 * @return the names, sorted
	 */
	public Set<String> actionNames() {
		return Collections.unmodifiableSet(this.actions.keySet());
	}

	/**
	 * The callback ids of the dialogs that have handlers.
	 * @return the callback ids, sorted
	 */
	public Set<String> dialogCallbackIds() {
		return Collections.unmodifiableSet(this.dialogs.keySet());
	}

	/**
	 * Whether the application has no handlers at all.
	 * @return whether there are none
	 */
	public boolean isEmpty() {
		return this.actions.isEmpty() && this.dialogs.isEmpty();
	}

}
