package dev.pluginkit.mattermost.interactive;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Binds a {@link PostAction} method's {@code String} parameter to the value the user picked
 * in a menu: {@code selected_option}, which the server adds to the context of a
 * {@code select} action. {@code null} for a button.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface SelectedOption {

}
