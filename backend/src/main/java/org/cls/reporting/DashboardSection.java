package org.cls.reporting;

import java.time.LocalDate;

import org.cls.contract.Contract;

/**
 * A section another module adds to a contract's dashboard (indicators, meetings, decisions): a CDI bean implementing it
 * is picked up by {@link DashboardService} and its result appears under {@code sections.<name>}. It must answer in a
 * constant number of SQL statements, whatever the size of the contract (the dashboard test counts them), and must not
 * depend on who asks: dashboards are cached by contract (see {@link DashboardService}).
 */
public interface DashboardSection {

    /** The key under {@code sections}, e.g. {@code indicators}. */
    String name();

    /** The section of a contract; null leaves it out. */
    Object compute(Contract contract, LocalDate today);
}
