package dev.pluginkit.mattermost.hooks;

import java.util.List;

/**
 * Adds hook handlers that are not annotated bean methods of their own, once the annotated ones
 * are bound: for example the registration of slash commands at activation, which exists only
 * when some handler is a slash command. Declare it as a bean.
 */
@FunctionalInterface
public interface HookHandlerSource {

	/**
	 * The handlers to add.
	 * @param found every handler bound from annotated bean methods, in order per hook
	 * @param factory the factory to bind further methods with
	 * @return the handlers to add, perhaps none
	 */
	List<HookHandler> handlers(List<HookHandler> found, HookHandlerMethodFactory factory);

}
