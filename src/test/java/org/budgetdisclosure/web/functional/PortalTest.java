package org.budgetdisclosure.web.functional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A functional test class: runs once on H2 in memory and once on PostgreSQL (see {@link Backend}),
 * each time against a portal of its own on a new empty database (with the admin and the published
 * sample, as after a first start). Tests of one class share that portal, so each sets up the
 * departments, users and drafts it needs under names of its own.
 */
@ParameterizedClass(name = "{0}")
@MethodSource("org.budgetdisclosure.web.functional.Backend#all")
abstract class PortalTest {

    protected static Portal portal;

    @Parameter
    protected Backend backend;

    @BeforeParameterizedClassInvocation
    static void startPortal(Backend backend, TestInfo info) {
        if (backend.available()) {
            portal = Portal.fresh(backend, info.getTestClass().orElseThrow());
        }
    }

    /** Per test rather than per class, so that each skipped test is reported with the reason. */
    @BeforeEach
    void requireBackend() {
        backend.assumeAvailable();
    }

    @AfterParameterizedClassInvocation
    static void stopPortal() {
        if (portal != null) {
            portal.close();
            portal = null;
        }
    }
}
