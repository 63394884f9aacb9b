package id.sakip.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model's value types (gaya nilai), put on the packages that
 * declare them: JDK collections only, strict builders, public implementations with {@code copy}
 * methods, and no annotation in the generated code that a user's compiler would have to resolve
 * ({@code @Generated} of Immutables, which is not on a user's class path, made {@code -Xlint:all
 * -Werror} fail). Not part of the API.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    strictBuilder = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {Override.class})
public @interface GayaNilai {}
