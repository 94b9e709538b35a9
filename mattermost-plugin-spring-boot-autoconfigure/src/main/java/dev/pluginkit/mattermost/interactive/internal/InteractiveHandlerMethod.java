package dev.pluginkit.mattermost.interactive.internal;

import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.List;

/**
 * One {@code @PostAction} or {@code @DialogSubmission} method, with what each of its
 * parameters binds to and how its return value is written, worked out once at startup.
 *
 * @param kind whether it handles an action or a dialog
 * @param name the action's name or the dialog's callback id
 * @param bean the bean to call it on
 * @param method the method, invocable on the bean (a proxy's, where the bean is a proxy)
 * @param arguments what each parameter binds to, in order
 * @param returns how the return value becomes the answer
 */
public record InteractiveHandlerMethod(Kind kind, String name, Object bean, Method method, List<Argument> arguments,
		Returns returns) {

	/**
	 * What a handler handles.
	 */
	public enum Kind {

		/** A message button or menu: {@code @PostAction}. */
		ACTION("@PostAction"),

		/** An interactive dialog's submission: {@code @DialogSubmission}. */
		DIALOG("@DialogSubmission");

		private final String annotation;

		Kind(String annotation) {
			this.annotation = annotation;
		}

		/**
		 * The handler's annotation with a name, as messages show it.
		 * @param name the name
		 * @return for example {@code @PostAction("approve")}
		 */
		public String describe(String name) {
			return this.annotation + "(\"" + name + "\")";
		}

	}

	/**
	 * Where a parameter's value comes from.
	 */
	public enum Source {

		/** The whole request record. */
		REQUEST,

		/** The {@code Mattermost-User-Id} header. */
		USER_ID,

		/** The action's whole context, or the dialog's whole submission, converted. */
		VALUES,

		/** One value of the context or the submission, converted. */
		VALUE,

		/** A menu's {@code selected_option}. */
		SELECTED_OPTION,

		/** The dialog's state. */
		STATE,

		/** Whether the dialog was cancelled. */
		CANCELLED,

		/** The request's {@code PluginContext}. */
		PLUGIN_CONTEXT

	}

	/**
	 * How a return value becomes the answer.
	 */
	public enum Returns {

		/** Nothing: an empty answer. */
		NOTHING,

		/** The response record, written as it is. */
		RESPONSE,

		/** A post: an action's update. */
		POST,

		/** Text: an action's ephemeral text, or a dialog's general error. */
		TEXT

	}

	/**
	 * One parameter's binding.
	 *
	 * @param source where the value comes from
	 * @param name the value's name, for {@link Source#VALUE}; empty otherwise
	 * @param required whether an absent value answers 400
	 * @param type the parameter's generic type, to convert to
	 * @param rawType the parameter's class
	 */
	public record Argument(Source source, String name, boolean required, Type type, Class<?> rawType) {

	}

}
