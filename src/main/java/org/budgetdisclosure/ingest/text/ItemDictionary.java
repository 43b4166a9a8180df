package org.budgetdisclosure.ingest.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The named lines of a table (表1/表4 income items, 表10 “三公” items) as a tree, so that a label is
 * read in the context of the lines above it: “其中：一般公共预算拨款” under “1. 财政拨款结转” is
 * {@code carryFiscalGpb}, while “1. 一般公共预算拨款” under “一、本年收入” is {@code gpb}.
 */
final class ItemDictionary {

    static final ItemDictionary NONE = new ItemDictionary(List.of());

    /**
     * @param key      the stable key the row gets
     * @param labels   the printed labels that name it, as {@link TableLabels#itemKey} keys
     * @param children the items printed under it (“其中：…”)
     */
    record Item(String key, Set<String> labels, List<Item> children) {

        Item {
            children = List.copyOf(children);
        }

        static Item of(String key, String... labels) {
            LinkedHashSet<String> keys = new LinkedHashSet<>();
            for (String l : labels) {
                keys.add(TableLabels.itemKey(l));
            }
            return new Item(key, Set.copyOf(keys), List.of());
        }

        Item with(Item... kids) {
            return new Item(key, labels, List.of(kids));
        }

        boolean names(String itemKey) {
            return labels.contains(itemKey);
        }
    }

    private final List<Item> roots;

    private ItemDictionary(List<Item> roots) {
        this.roots = List.copyOf(roots);
    }

    static ItemDictionary of(Item... roots) {
        return new ItemDictionary(List.of(roots));
    }

    boolean isEmpty() {
        return roots.isEmpty();
    }

    /** True when a printed label names some item anywhere in the tree (used to tell rows from headers). */
    boolean knows(String printed) {
        String k = TableLabels.itemKey(printed);
        return !k.isEmpty() && find(roots, k) != null;
    }

    /** A reader for one column of labels, top to bottom; it keeps the context of the lines read so far. */
    Resolver resolver() {
        return new Resolver();
    }

    private static Item find(List<Item> items, String k) {
        for (int x = 0; x < items.size(); x++) { // indexed: no iterator for each of the tree's lists, for every label tried
            Item i = items.get(x);
            if (i.names(k)) {
                return i;
            }
            Item below = find(i.children(), k);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    final class Resolver {

        /** The items from a root down to the last one resolved. */
        private final List<Item> path = new ArrayList<>();

        /**
         * The item a label names: first among the children of the last item read, then among the
         * children of each of its ancestors, then the roots; a label found nowhere in that chain is
         * looked up anywhere in the tree (an out-of-order line) before it counts as unknown.
         */
        Optional<Item> resolve(String printed) {
            String k = TableLabels.itemKey(printed);
            if (k.isEmpty()) {
                return Optional.empty();
            }
            for (int depth = path.size(); depth >= 0; depth--) {
                List<Item> candidates = depth == 0 ? roots : path.get(depth - 1).children();
                for (int x = 0; x < candidates.size(); x++) {
                    Item c = candidates.get(x);
                    if (c.names(k)) {
                        path.subList(depth, path.size()).clear();
                        path.add(c);
                        return Optional.of(c);
                    }
                }
            }
            List<Item> chain = new ArrayList<>();
            if (chainTo(roots, k, chain)) {
                path.clear();
                path.addAll(chain);
                return Optional.of(chain.get(chain.size() - 1));
            }
            return Optional.empty();
        }

        private boolean chainTo(List<Item> items, String k, List<Item> chain) {
            for (Item i : items) {
                chain.add(i);
                if (i.names(k) || chainTo(i.children(), k, chain)) {
                    return true;
                }
                chain.remove(chain.size() - 1);
            }
            return false;
        }
    }
}
