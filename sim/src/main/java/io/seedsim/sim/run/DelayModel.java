package io.seedsim.sim.run;

import io.seedsim.sim.SimRandom;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.util.FastMath;

/**
 * How long the network holds a message, in virtual microseconds. Every random model turns one
 * uniform draw into a delay through its inverse CDF, so a draw of 0 gives the shortest delay and a
 * lower draw never a longer one: that is what lets a shrinker make a run's delays smaller.
 */
public sealed interface DelayModel {

  /** Draws one delay from {@code random}. Always >= 0. */
  long sampleMicros(SimRandom random);

  /** Binds this model to a random stream; distributions are built once, not per message. */
  default Sampler bind(SimRandom random) {
    return () -> sampleMicros(random);
  }

  /** A bound delay source. */
  interface Sampler {
    long nextMicros();
  }

  DelayModel NONE = new Constant(0);

  static DelayModel constant(long micros) {
    return new Constant(micros);
  }

  static DelayModel uniform(long minMicros, long maxMicros) {
    return new Uniform(minMicros, maxMicros);
  }

  static DelayModel exponential(long meanMicros) {
    return new Exponential(meanMicros);
  }

  static DelayModel longTail(long scaleMicros, double shape, long capMicros) {
    return new LongTail(scaleMicros, shape, capMicros);
  }

  record Constant(long micros) implements DelayModel {
    public Constant {
      Checks.nonNegative("constant delay micros", micros);
    }

    @Override
    public long sampleMicros(SimRandom random) {
      return micros;
    }
  }

  /** Uniform over whole microseconds in [minMicros, maxMicros], both ends included. */
  record Uniform(long minMicros, long maxMicros) implements DelayModel {
    public Uniform {
      Checks.nonNegative("uniform delay minMicros", minMicros);
      Checks.nonNegative("uniform delay maxMicros", maxMicros);
      if (minMicros > maxMicros) {
        throw new IllegalArgumentException(
            "uniform delay minMicros " + minMicros + " is greater than maxMicros " + maxMicros);
      }
    }

    @Override
    public long sampleMicros(SimRandom random) {
      return random.longInclusive(minMicros, maxMicros);
    }
  }

  /** Exponential with the given mean (Apache Commons Math's inverse CDF of one stream draw). */
  record Exponential(long meanMicros) implements DelayModel {
    public Exponential {
      Checks.positive("exponential delay meanMicros", meanMicros);
    }

    @Override
    public long sampleMicros(SimRandom random) {
      return bind(random).nextMicros();
    }

    @Override
    public Sampler bind(SimRandom random) {
      // No generator: the distribution only maps the stream's uniform draw (its own sample()
      // would take several draws, by rejection, and is not monotone in them).
      var d = new ExponentialDistribution(null, meanMicros);
      return () -> Math.round(d.inverseCumulativeProbability(random.nextDouble()));
    }
  }

  /**
   * Pareto with scale and shape (a long tail: most messages near the scale, a few very late),
   * capped at {@code capMicros} so a run's length stays bounded. Sampled by the closed-form
   * inverse CDF, scale / (1 - u)^(1 / shape): Commons Math's Pareto inverts numerically.
   */
  record LongTail(long scaleMicros, double shape, long capMicros) implements DelayModel {
    public LongTail {
      Checks.positive("long-tail delay scaleMicros", scaleMicros);
      if (!(shape > 0.0) || Double.isInfinite(shape)) {
        throw new IllegalArgumentException("long-tail delay shape must be > 0, got " + shape);
      }
      if (capMicros < scaleMicros) {
        throw new IllegalArgumentException(
            "long-tail delay capMicros " + capMicros + " is less than scaleMicros " + scaleMicros);
      }
    }

    @Override
    public long sampleMicros(SimRandom random) {
      return bind(random).nextMicros();
    }

    @Override
    public Sampler bind(SimRandom random) {
      double exponent = 1 / shape;
      return () -> {
        double micros = scaleMicros / FastMath.pow(1 - random.nextDouble(), exponent);
        return Math.min(capMicros, Math.round(micros));
      };
    }
  }
}
