package vn.sotay.meetings.internal;

import vn.sotay.api.persistence.UnitSpec;

/** The meetings unit's spec for the vote package's tests. */
public final class VoteTestUnits {
    private VoteTestUnits() {
    }

    public static UnitSpec spec() {
        return MeetingsStore.spec();
    }
}
