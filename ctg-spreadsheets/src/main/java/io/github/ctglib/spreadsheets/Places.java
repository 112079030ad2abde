package io.github.ctglib.spreadsheets;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where each part of a plan read from a workbook came from: keys are {@code axis:2}, {@code action:2.3} followed
 * by the model's path under it ({@code action:2.3.budget[1].amount}), values are places ({@code Budget!I7}).
 */
final class Places {

    private final Map<String, String> places = new HashMap<>();

    static String axis(int number) {
        return "axis:" + number;
    }

    static String action(String number) {
        return "action:" + number;
    }

    void put(String key, String place) {
        places.putIfAbsent(key, place);
    }

    /** The place of {@code key} or of the nearest part holding it ({@code .budget[1].amount}, then {@code .budget[1]}…). */
    Optional<String> find(String key) {
        String k = key;
        while (true) {
            String place = places.get(k);
            if (place != null) {
                return Optional.of(place);
            }
            int cut = Math.max(k.lastIndexOf('.'), k.lastIndexOf('['));
            int colon = k.indexOf(':');
            if (cut <= colon || colon < 0) {
                return Optional.empty();
            }
            // An action number has dots too ("action:2.3"): never cut into it.
            String head = k.substring(0, cut);
            if (!places.containsKey(head) && !hasPrefix(head)) {
                return Optional.empty();
            }
            k = head;
        }
    }

    private boolean hasPrefix(String head) {
        return places.keySet().stream().anyMatch(key -> key.startsWith(head));
    }
}
