package org.budgetdisclosure.web;

/** The API's one error shape (RFC 9457-like): what went wrong, for a program and for a person. */
public record Problem(String title, int status, String type, String details) {

    static Problem of(int status, String title, String details) {
        return new Problem(title, status, "https://budget-disclosure.example/problems/" + status, details);
    }
}
