package id.sakip.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of the model's value types (gaya nilai), put on the packages that
 * declare them. Not part of the API.
 *
 * <ul>
 *   <li>The generated {@code ImmutableX} implementations are package-private ({@code visibility =
 *       PACKAGE}): a user sees only the abstract type {@code X}. {@code overshadowImplementation}
 *       makes the generated signatures speak of {@code X} too: {@code build()}, {@code copyOf} and
 *       the {@code with*} copies return {@code X}, never {@code ImmutableX}.
 *   <li>Each {@code X} declares the public builder itself, {@code public static final class Builder
 *       extends ImmutableX.Builder} with a package-private constructor, returned by {@code
 *       X.builder()}; Immutables finds it and makes every setter return {@code X.Builder}. The
 *       generated builder is package-private too ({@code builderVisibility = PACKAGE}), so that
 *       {@code X.Builder} extends no type a user can name and its javadoc lists the setters as its
 *       own.
 *   <li>Each {@code X} implements the generated package-private interface {@code WithX}, so that
 *       the copy methods ({@code x.withTahun(2024)}, {@code defaults = @Value.Immutable(copy =
 *       true)}) are methods of {@code X}; a copy is checked like a built value.
 *   <li>The setters and the {@code with*} methods are thus declared in package-private types and
 *       inherited by the public ones. Code in another package calls them as methods of {@code
 *       X.Builder} and {@code X} (javac and the JVM allow it; {@code .ci/consumer} checks it with
 *       {@code -Xlint:all -Werror}, on the class path and the module path), and so does a {@code
 *       MethodHandles.publicLookup()}; core reflection ({@code Method.invoke}) refuses them, as it
 *       refuses any public method of a package-private class.
 *   <li>JDK collections only, and strict builders: an attribute is set at most once, a collection
 *       is only added to (Immutables then generates no {@code from(X)} on the builder: a copy is
 *       made with the {@code with*} methods).
 *   <li>No annotation in the generated code that a user's compiler would have to resolve ({@code
 *       @Generated} of Immutables, which is not on a user's class path, made {@code -Xlint:all
 *       -Werror} fail).
 * </ul>
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jdkOnly = true,
    strictBuilder = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    defaults = @Value.Immutable(copy = true),
    allowedClasspathAnnotations = {Override.class})
public @interface GayaNilai {}
