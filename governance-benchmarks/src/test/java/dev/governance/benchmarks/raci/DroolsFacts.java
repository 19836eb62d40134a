package dev.governance.benchmarks.raci;

/** The facts the Drools peer reasons over: one class per kind, with the getters Drools reads. */
public final class DroolsFacts {

  private DroolsFacts() {}

  /** A filled cell, its letters reduced to what the rules ask of them. */
  public static final class Cell {
    private final int activity;
    private final int role;
    private final boolean accountable;
    private final boolean doer;
    private final boolean consulted;
    private final boolean checker;
    private final boolean undefined;

    Cell(
        int activity,
        int role,
        boolean accountable,
        boolean doer,
        boolean consulted,
        boolean checker,
        boolean undefined) {
      this.activity = activity;
      this.role = role;
      this.accountable = accountable;
      this.doer = doer;
      this.consulted = consulted;
      this.checker = checker;
      this.undefined = undefined;
    }

    public int getActivity() {
      return activity;
    }

    public int getRole() {
      return role;
    }

    public boolean isAccountable() {
      return accountable;
    }

    public boolean isDoer() {
      return doer;
    }

    public boolean isConsulted() {
      return consulted;
    }

    public boolean isChecker() {
      return checker;
    }

    public boolean isUndefined() {
      return undefined;
    }
  }

  /** A row. */
  public static final class Activity {
    private final int index;
    private final boolean critical;

    Activity(int index, boolean critical) {
      this.index = index;
      this.critical = critical;
    }

    public int getIndex() {
      return index;
    }

    public boolean isCritical() {
      return critical;
    }
  }

  /** A column. */
  public static final class Role {
    private final int index;

    Role(int index) {
      this.index = index;
    }

    public int getIndex() {
      return index;
    }
  }

  /** A person. */
  public static final class Person {
    private final int index;

    Person(int index) {
      this.index = index;
    }

    public int getIndex() {
      return index;
    }
  }

  /** A person holding a role. */
  public static final class Hold {
    private final int role;
    private final int person;

    Hold(int role, int person) {
      this.role = role;
      this.person = person;
    }

    public int getRole() {
      return role;
    }

    public int getPerson() {
      return person;
    }
  }

  /** A finding: rule code and the indexes of its subject, -1 where none. */
  public static final class Hit {
    private final String code;
    private final int activity;
    private final int role;
    private final int person;

    public Hit(String code, int activity, int role, int person) {
      this.code = code;
      this.activity = activity;
      this.role = role;
      this.person = person;
    }

    String code() {
      return code;
    }

    int activity() {
      return activity;
    }

    int role() {
      return role;
    }

    int person() {
      return person;
    }
  }
}
