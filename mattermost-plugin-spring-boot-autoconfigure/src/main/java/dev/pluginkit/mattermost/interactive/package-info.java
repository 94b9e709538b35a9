/**
 * Message buttons, menus and interactive dialogs as annotated bean methods:
 * {@link PostAction} and {@link DialogSubmission} handlers, served through ServeHTTP by
 * Spring MVC; {@link InteractiveMessages} to build posts whose buttons and menus point at
 * them and to open dialogs; and the server's JSON as records
 * ({@link PostActionIntegrationRequest}, {@link PostActionIntegrationResponse},
 * {@link SubmitDialogRequest}, {@link SubmitDialogResponse}).
 */
@NonNullApi
package dev.pluginkit.mattermost.interactive;

import org.springframework.lang.NonNullApi;
