package dev.governance.json;

import static java.util.Comparator.comparing;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The JSON shape of one Immutables domain value ({@code Risk}, {@code RaciMatrix}, ...), read off
 * its abstract type and its builder once and cached.
 *
 * <p>Why reflection rather than one hand-written reader per type: the model has over thirty value
 * types and grows with every issue; deriving the JSON form, the loader, the writer and the
 * published JSON Schema from the types themselves keeps the four in step by construction. An
 * attribute is an accessor of the abstract type for which the builder has a setter, so derived and
 * lazy attributes (no setter) are left out and defaults (a setter, no abstract accessor) are
 * optional. Attributes are ordered {@code id}, {@code name}, then alphabetically, because
 * reflection does not promise declaration order and the output must be byte-for-byte stable.
 */
public final class ValueShape {

  /**
   * The most attributes a value type may have: the reader marks fields seen in one {@code long},
   * with a bit to spare.
   */
  static final int MOST_ATTRIBUTES = 63;

  private static final Map<Class<?>, ValueShape> SHAPES = new ConcurrentHashMap<>();
  private static final Comparator<String> FIELD_ORDER =
      comparing((String name) -> name.equals("id") ? 0 : name.equals("name") ? 1 : 2)
          .thenComparing(Comparator.naturalOrder());

  private final Class<?> type;
  private final MethodHandle builderFactory;
  private final MethodHandle build;
  private final ImmutableList<Attribute> attributes;
  private final ImmutableMap<String, Attribute> byName;
  private final @Nullable MethodHandle parse;

  private ValueShape(Class<?> type) {
    this.type = type;
    this.parse = textForm(type);
    Method factory = method(type, "builder");
    Class<?> builderType = factory.getReturnType();
    this.builderFactory = Attribute.handle(factory);
    this.build = Attribute.handle(method(builderType, "build"));
    Class<?> abstractType = abstractTypeOf(type);
    ImmutableList<Attribute> sorted =
        Arrays.stream(abstractType.getMethods())
            .filter(m -> m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()))
            .filter(m -> m.getDeclaringClass() != Object.class && !m.isBridge())
            .map(m -> attribute(type, m, builderType))
            .flatMap(Optional::stream)
            .collect(ImmutableMap.toImmutableMap(Attribute::name, a -> a, (a, b) -> a))
            .values()
            .stream()
            .sorted(comparing(Attribute::name, FIELD_ORDER))
            .collect(ImmutableList.toImmutableList());
    this.attributes =
        IntStream.range(0, sorted.size())
            .mapToObj(i -> sorted.get(i).at(i))
            .collect(ImmutableList.toImmutableList());
    if (attributes.size() > MOST_ATTRIBUTES) {
      throw new IllegalArgumentException(
          type.getName()
              + " has "
              + attributes.size()
              + " attributes; at most "
              + MOST_ATTRIBUTES
              + " fit the loader's duplicate-field mask");
    }
    this.byName = attributes.stream().collect(ImmutableMap.toImmutableMap(Attribute::name, a -> a));
  }

  /** Returns the shape of {@code type}, an Immutables value of the domain style. */
  public static ValueShape of(Class<?> type) {
    ValueShape shape = SHAPES.get(type);
    if (shape == null) {
      shape = new ValueShape(type);
      SHAPES.putIfAbsent(type, shape);
    }
    return shape;
  }

  /**
   * Returns the value types of a sealed interface whose permitted subtypes are Immutables abstract
   * types ({@code Block} permits {@code AbstractTable}, ...), in the order it permits them.
   */
  static ImmutableList<Class<?>> variants(Class<?> sealedInterface) {
    ImmutableList.Builder<Class<?>> variants = ImmutableList.builder();
    for (Class<?> permitted : sealedInterface.getPermittedSubclasses()) {
      String name =
          permitted.getPackageName()
              + "."
              + permitted.getSimpleName().substring("Abstract".length());
      try {
        variants.add(Class.forName(name, true, permitted.getClassLoader()));
      } catch (ClassNotFoundException e) {
        throw new IllegalArgumentException(permitted + " has no generated value type " + name, e);
      }
    }
    return variants.build();
  }

  /**
   * Returns {@code root} and every type its values hold at any depth, in the order first met: value
   * types, the value types of sealed interfaces ({@link #variants}) and the types of scalars
   * ({@link Leaf}: enums, {@code RaciCell}, {@code LocalDate}, map keys included). These are the
   * types a document of {@code root} has a JSON form for.
   *
   * @param root an Immutables domain value type
   * @return the types, {@code root} first
   */
  public static ImmutableSet<Class<?>> typesOf(Class<?> root) {
    Set<Class<?>> types = new LinkedHashSet<>();
    Deque<Class<?>> pending = new ArrayDeque<>();
    types.add(root);
    pending.add(root);
    while (!pending.isEmpty()) {
      for (Attribute attribute : of(pending.poll()).attributes()) {
        if (attribute.kind() == Attribute.Kind.MAP) {
          meet(attribute.keyType(), types, pending);
        }
        meet(attribute.valueType(), types, pending);
      }
    }
    return ImmutableSet.copyOf(types);
  }

  private static void meet(Type type, Set<Class<?>> types, Deque<Class<?>> pending) {
    Class<?> raw = raw(type);
    if (Leaf.of(raw) != null) {
      types.add(raw);
    } else if (List.class.isAssignableFrom(raw)) {
      meet(elementType(type), types, pending);
    } else if (raw.isInterface()) {
      for (Class<?> variant : variants(raw)) {
        meet(variant, types, pending);
      }
    } else if (types.add(raw)) {
      pending.add(raw);
    }
  }

  /** Returns the value type. */
  public Class<?> type() {
    return type;
  }

  /** Returns the attributes in their stable order. */
  public ImmutableList<Attribute> attributes() {
    return attributes;
  }

  /** Returns the attribute named {@code name}, or null. */
  public @Nullable Attribute attribute(String name) {
    return byName.get(name);
  }

  /**
   * Returns whether a value may also be written as text: the type has a public static {@code
   * parse(String)} that returns it (such as {@code ReportingPeriod.parse("2025-03")}). Such values
   * are read from text or an object and always written as an object, so a round trip is lossless.
   */
  public boolean readsText() {
    return parse != null;
  }

  /**
   * Returns the value its text form names.
   *
   * @param text the text
   * @return the value
   * @throws dev.governance.core.GovernanceValidationException if the text names no value
   * @throws IllegalStateException if the type has no text form
   */
  public Object parse(String text) {
    if (parse == null) {
      throw new IllegalStateException(type + " has no text form");
    }
    try {
      return parse.invokeExact((Object) text);
    } catch (Throwable e) {
      throw Attribute.rethrow(e);
    }
  }

  /**
   * Returns the type's {@code static T parse(String)}, looked up through the public value type: the
   * method is usually declared on the package-private abstract type, which reflection cannot call.
   */
  private static @Nullable MethodHandle textForm(Class<?> type) {
    try {
      return MethodHandles.publicLookup()
          .findStatic(type, "parse", MethodType.methodType(type, String.class))
          .asType(MethodType.genericMethodType(1));
    } catch (NoSuchMethodException | IllegalAccessException e) {
      return null;
    }
  }

  /** Returns a new builder of the value type. */
  public Object newBuilder() {
    try {
      return builderFactory.invokeExact();
    } catch (Throwable e) {
      throw Attribute.rethrow(e);
    }
  }

  /** Builds the value from a builder of it. */
  public Object build(Object builder) {
    try {
      return build.invokeExact(builder);
    } catch (Throwable e) {
      throw Attribute.rethrow(e);
    }
  }

  private static Optional<Attribute> attribute(
      Class<?> type, Method accessor, Class<?> builderType) {
    String name = accessor.getName();
    Type returnType = accessor.getGenericReturnType();
    Class<?> raw = raw(returnType);
    boolean isAbstract = Modifier.isAbstract(accessor.getModifiers());
    String capitalised = Character.toUpperCase(name.charAt(0)) + name.substring(1);
    MethodHandle getter = Attribute.handle(method(type, name));
    if (List.class.isAssignableFrom(raw) || Set.class.isAssignableFrom(raw)) {
      return collectionSetter(builderType, "addAll" + capitalised, Iterable.class, name, raw)
          .map(
              s ->
                  new Attribute(
                      name,
                      Attribute.Kind.LIST,
                      argument(returnType, 0),
                      String.class,
                      false,
                      getter,
                      s,
                      0,
                      Leaf.of(raw(argument(returnType, 0)))));
    }
    if (Map.class.isAssignableFrom(raw)) {
      return collectionSetter(builderType, "putAll" + capitalised, Map.class, name, raw)
          .map(
              s ->
                  new Attribute(
                      name,
                      Attribute.Kind.MAP,
                      argument(returnType, 1),
                      raw(argument(returnType, 0)),
                      false,
                      getter,
                      s,
                      0,
                      Leaf.of(raw(argument(returnType, 1)))));
    }
    if (raw == Optional.class) {
      return setter(builderType, name, Optional.class)
          .map(
              s ->
                  new Attribute(
                      name,
                      Attribute.Kind.OPTIONAL,
                      argument(returnType, 0),
                      String.class,
                      false,
                      getter,
                      Attribute.handle(s),
                      0,
                      Leaf.of(raw(argument(returnType, 0)))));
    }
    boolean nullable = accessor.getAnnotatedReturnType().isAnnotationPresent(Nullable.class);
    return setter(builderType, name, raw)
        .map(
            s ->
                new Attribute(
                    name,
                    nullable ? Attribute.Kind.NULLABLE : Attribute.Kind.ONE,
                    returnType,
                    String.class,
                    isAbstract && !nullable,
                    getter,
                    Attribute.handle(s),
                    0,
                    Leaf.of(raw)));
  }

  /**
   * Returns the setter of a collection attribute: its bulk adder ({@code addAllRoles(Iterable)},
   * {@code putAllSeverities(Map)}) where the builder has one, else (an attribute with a default)
   * the setter of the whole collection, given a copy of what is read as the collection type it
   * takes ({@code ImmutableList.copyOf}, ...).
   */
  private static Optional<MethodHandle> collectionSetter(
      Class<?> builderType, String bulk, Class<?> bulkParameter, String name, Class<?> collection) {
    Optional<Method> adder = setter(builderType, bulk, bulkParameter);
    if (adder.isPresent()) {
      return Optional.of(Attribute.handle(adder.get()));
    }
    return setter(builderType, name, collection).map(m -> Attribute.copying(m, collection));
  }

  private static Optional<Method> setter(Class<?> builderType, String name, Class<?> parameter) {
    try {
      return Optional.of(builderType.getMethod(name, parameter));
    } catch (NoSuchMethodException e) {
      return Optional.empty();
    }
  }

  /** Returns the class of a type, without its type arguments. */
  public static Class<?> raw(Type type) {
    return type instanceof ParameterizedType
        ? (Class<?>) ((ParameterizedType) type).getRawType()
        : (Class<?>) type;
  }

  /** Returns the element type of a list type. */
  public static Type elementType(Type listType) {
    return argument(listType, 0);
  }

  private static Type argument(Type type, int index) {
    return ((ParameterizedType) type).getActualTypeArguments()[index];
  }

  private static Method method(Class<?> owner, String name) {
    try {
      return owner.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalArgumentException(owner.getName() + " has no method " + name + "()", e);
    }
  }

  private static Class<?> abstractTypeOf(Class<?> type) {
    Class<?> parent = type.getSuperclass();
    if (parent == null || !parent.getSimpleName().equals("Abstract" + type.getSimpleName())) {
      throw new IllegalArgumentException(type.getName() + " is not an Immutables domain value");
    }
    return parent;
  }
}
