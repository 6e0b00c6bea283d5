package eu.euromedjustice.common.demo;

/**
 * A feature's part of the demo data set. Each feature that has something to show adds one bean;
 * {@link DemoDataLoader} runs them in {@link #order()} inside one transaction.
 */
public interface DemoDataContributor {

    /** Lower runs first: reference data before what refers to it. */
    int order();

    void load();
}
