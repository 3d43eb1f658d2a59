package io.seedsim.sim.run;

/**
 * How often {@code ctx.buggify(site)} is true: each site is enabled for the whole run with
 * {@code siteProbability} (drawn once per site from the stream "buggify:SITE"), and an enabled site
 * fires on each call with {@code fireProbability}.
 */
public record BuggifyOdds(double siteProbability, double fireProbability) {

  /** Buggify never fires. */
  public static final BuggifyOdds OFF = new BuggifyOdds(0, 0);

  /** FoundationDB's defaults: a quarter of the sites enabled, each firing a quarter of the time. */
  public static final BuggifyOdds USUAL = new BuggifyOdds(0.25, 0.25);

  public BuggifyOdds {
    Checks.probability("buggify siteProbability", siteProbability);
    Checks.probability("buggify fireProbability", fireProbability);
  }
}
