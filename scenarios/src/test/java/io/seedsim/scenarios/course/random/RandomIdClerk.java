package io.seedsim.scenarios.course.random;

import io.seedsim.kvstore.ClerkSetup;
import io.seedsim.scenarios.course.student.Clerk;
import java.util.Random;

/** A plausible mistake: the clerk draws its own id from java.util.Random (the guard must stop it). */
public class RandomIdClerk extends Clerk {

  private final long id = new Random().nextLong();

  public RandomIdClerk(ClerkSetup setup) {
    super(new ClerkSetup(setup.ctx(), 0, setup.shards(), setup.servers()));
  }

  public long id() {
    return id;
  }
}
