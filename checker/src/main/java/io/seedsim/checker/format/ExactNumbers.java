package io.seedsim.checker.format;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Numbers as the readers hand them to models: integers exact (Long when they fit, else
 * BigInteger), decimals exact as written (BigDecimal, trailing zeros dropped so that 1.5 and 1.50
 * are one value). Nothing wraps and nothing rounds to infinity: 2^64+1 stays unequal to 1, and
 * 1e400 to 1e500.
 */
public final class ExactNumbers {
  private ExactNumbers() {}

  private static final BigInteger MIN_LONG = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX_LONG = BigInteger.valueOf(Long.MAX_VALUE);

  public static Object integer(BigInteger value) {
    return value.compareTo(MIN_LONG) >= 0 && value.compareTo(MAX_LONG) <= 0 ? (Object) value.longValue() : value;
  }

  public static BigDecimal decimal(BigDecimal value) {
    return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }
}
