package cn.yinling.hotline.cases.callback;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The moves a callback may make, as the policy says them. */
class CallbackStateTest {

    @Test
    void aWaitingCallbackIsDialledOrCancelled() {
        assertThat(CallbackState.REQUESTED.canBecome(CallbackState.DIALING)).isTrue();
        assertThat(CallbackState.REQUESTED.canBecome(CallbackState.CANCELLED)).isTrue();
        assertThat(CallbackState.REQUESTED.canBecome(CallbackState.ANSWERED)).isFalse();
    }

    @Test
    void aRingingCallbackIsAnsweredOrWaitsForItsNextTryOrIsGivenUpButNotCancelled() {
        assertThat(CallbackState.DIALING.canBecome(CallbackState.ANSWERED)).isTrue();
        assertThat(CallbackState.DIALING.canBecome(CallbackState.REQUESTED)).isTrue();
        assertThat(CallbackState.DIALING.canBecome(CallbackState.UNREACHED)).isTrue();
        assertThat(CallbackState.DIALING.canBecome(CallbackState.CANCELLED)).isFalse();
    }

    @Test
    void anAnsweredCallbackOnlyConnectsAndEndedOnesStayEnded() {
        assertThat(CallbackState.ANSWERED.canBecome(CallbackState.CONNECTED)).isTrue();
        assertThat(CallbackState.ANSWERED.canBecome(CallbackState.REQUESTED)).isFalse();
        for (CallbackState end : new CallbackState[] {CallbackState.CONNECTED, CallbackState.UNREACHED,
                CallbackState.CANCELLED}) {
            for (CallbackState next : CallbackState.values()) {
                assertThat(end.canBecome(next)).as(end + " -> " + next).isFalse();
            }
            assertThat(end.isPending()).isFalse();
        }
    }
}
