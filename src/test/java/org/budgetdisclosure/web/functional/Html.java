package org.budgetdisclosure.web.functional;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads what a test needs from a portal page, as a browser would see it. */
final class Html {

    private Html() {
    }

    static Document parse(Browser.Response page) {
        return Jsoup.parse(page.body());
    }

    /** The lock version the page's forms send back. */
    static int lock(Browser.Response page) {
        Element input = parse(page).selectFirst("input[name=lock]");
        assertThat(input).as("page has a lock field: %s", page).isNotNull();
        return Integer.parseInt(input.attr("value"));
    }

    /**
     * The editor's textarea content as a browser submits it. The HTML parsing rules drop a newline
     * right after the start tag; jsoup keeps it, so it is dropped here.
     */
    static String editorContent(Browser.Response page) {
        Element area = parse(page).selectFirst("textarea#content");
        assertThat(area).as("page has the editor: %s", page).isNotNull();
        String text = area.wholeText();
        return text.startsWith("\n") ? text.substring(1) : text;
    }

    /** The id of the department of that name, from the admin page's user form. */
    static long departmentId(Browser.Response adminPage, String name) {
        for (Element option : parse(adminPage).select("select#nu-department option")) {
            if (option.text().equals(name)) {
                return Long.parseLong(option.attr("value"));
            }
        }
        throw new AssertionError("no department " + name + " on the admin page");
    }

    /** The draft id of a redirect to /desk/d/{id} or /d/{id}. */
    static long idFromLocation(Browser.Response redirect) {
        assertThat(redirect.status()).as("redirect: %s", redirect).isEqualTo(302);
        String location = redirect.location().orElseThrow();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    /** The visible text of the element with that id, or "" when there is none. */
    static String text(Browser.Response page, String id) {
        Element e = parse(page).getElementById(id);
        return e == null ? "" : e.text();
    }
}
