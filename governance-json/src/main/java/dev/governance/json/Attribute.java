package dev.governance.json;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One attribute of a domain value as JSON sees it: its name, its shape (one value, optional,
 * nullable, list or map), the type of its values and the builder method that sets it.
 *
 * @param name the attribute's name, which is also its JSON field name
 * @param kind how many values the attribute holds
 * @param valueType the type of one value (a list's element, a map's value)
 * @param keyType a map's key type, {@code String.class} otherwise
 * @param required whether a JSON object must give it (no default, not optional)
 * @param getter the accessor on the immutable value, as a handle of type {@code (Object)Object}
 * @param setter the builder method that takes the whole value, as a handle of type {@code (Object,
 *     Object)Object}
 * @param index the attribute's position in its shape's order, from 0
 * @param leaf how one value is read and written when it is a JSON scalar, or null
 */
public record Attribute(
    String name,
    Kind kind,
    Type valueType,
    Class<?> keyType,
    boolean required,
    MethodHandle getter,
    MethodHandle setter,
    int index,
    @Nullable Leaf leaf) {

  /** How many values an attribute holds. */
  public enum Kind {
    /** One value. */
    ONE,
    /** An {@code Optional}. */
    OPTIONAL,
    /** A value that may be null. */
    NULLABLE,
    /** A list or a set: a JSON array. */
    LIST,
    /** A map. */
    MAP
  }

  /** Returns this attribute at position {@code index}. */
  Attribute at(int index) {
    return new Attribute(name, kind, valueType, keyType, required, getter, setter, index, leaf);
  }

  /** Returns the attribute of {@code value}. */
  public Object get(Object value) {
    try {
      return getter.invokeExact(value);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  /** Sets the attribute on a builder of its value type. */
  public void set(Object builder, Object value) {
    try {
      Object ignored = setter.invokeExact(builder, value);
    } catch (Throwable e) {
      throw rethrow(e);
    }
  }

  /**
   * Returns a handle on the public {@code method} whose parameters and result are all {@code
   * Object}, so that it is called by {@code invokeExact} without an argument array or boxing checks
   * per call: loading a large document makes millions of these calls.
   */
  static MethodHandle handle(Method method) {
    try {
      MethodHandle handle = MethodHandles.publicLookup().unreflect(method);
      return handle.asType(MethodType.genericMethodType(handle.type().parameterCount()));
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(method + " is not public", e);
    }
  }

  /**
   * Returns a handle of type {@code (Object, Object)Object} to {@code setter}, a builder method
   * that takes a whole Guava immutable collection, that first copies its argument into that
   * collection type with the type's {@code copyOf}.
   */
  static MethodHandle copying(Method setter, Class<?> collection) {
    try {
      MethodHandles.Lookup lookup = MethodHandles.publicLookup();
      Class<?> source = Map.class.isAssignableFrom(collection) ? Map.class : Collection.class;
      MethodHandle copyOf =
          lookup.findStatic(collection, "copyOf", MethodType.methodType(collection, source));
      MethodHandle handle = MethodHandles.filterArguments(lookup.unreflect(setter), 1, copyOf);
      return handle.asType(MethodType.genericMethodType(2));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      throw new IllegalArgumentException(
          setter + " takes " + collection.getName() + ", which has no public copyOf", e);
    }
  }

  /** Returns {@code e} to throw: itself when unchecked, else wrapped. */
  static RuntimeException rethrow(Throwable e) {
    if (e instanceof RuntimeException) {
      return (RuntimeException) e;
    }
    if (e instanceof Error) {
      throw (Error) e;
    }
    return new IllegalStateException(e);
  }
}
