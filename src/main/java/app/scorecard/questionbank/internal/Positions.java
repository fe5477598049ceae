package app.scorecard.questionbank.internal;

import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/** Keeps the {@code sort_order} of a draft's ordered children equal to their place in the list. */
final class Positions {

    private Positions() {}

    interface Mover<T> {
        void moveTo(T element, int position);
    }

    /** Swaps the element with this key and its neighbour {@code step} places away; false when there is none. */
    static <T> boolean move(List<T> list, String key, int step, Function<T, String> keyOf, Mover<T> mover) {
        for (int i = 0; i < list.size(); i++) {
            if (keyOf.apply(list.get(i)).equals(key)) {
                int j = i + step;
                if (j < 0 || j >= list.size()) {
                    return false;
                }
                Collections.swap(list, i, j);
                renumber(list, mover);
                return true;
            }
        }
        return false;
    }

    static <T> void renumber(List<T> list, Mover<T> mover) {
        for (int i = 0; i < list.size(); i++) {
            mover.moveTo(list.get(i), i);
        }
    }
}
