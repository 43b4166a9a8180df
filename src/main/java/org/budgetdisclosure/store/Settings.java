package org.budgetdisclosure.store;

import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** Small named values the portal keeps about itself (e.g. that the sample was imported). */
public final class Settings {

    private final Jdbi jdbi;

    Settings(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    public Optional<String> get(String name) {
        return jdbi.withHandle(h -> h.createQuery("SELECT setting_value FROM setting WHERE setting_name = :n").bind("n", name)
                .mapTo(String.class).findOne());
    }

    /** Sets the value only if the name is not set yet; true when this call set it. */
    public boolean putIfAbsent(String name, String value) {
        return jdbi.inTransaction(h -> {
            if (h.createQuery("SELECT COUNT(*) FROM setting WHERE setting_name = :n").bind("n", name).mapTo(Integer.class).one() > 0) {
                return false;
            }
            h.createUpdate("INSERT INTO setting (setting_name, setting_value) VALUES (:n, :v)").bind("n", name).bind("v", value).execute();
            return true;
        });
    }
}
