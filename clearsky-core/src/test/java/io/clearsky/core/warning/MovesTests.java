package io.clearsky.core.warning;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MovesTests {

    private final Moves moves = new Moves();

    @Test
    void keepsTransfersInTimeOrderWithTheirIds() {
        moves.add(300, 3, 30, "c-3", 10);
        moves.add(100, 1, 10, "a-1", 10);
        moves.add(200, 2, 20, "付款-2", 10);
        moves.add(200, 4, 40, "d-4", 10);

        assertThat(listed()).containsExactly("100 1 10 a-1", "200 2 20 付款-2", "200 4 40 d-4", "300 3 30 c-3");
    }

    @Test
    void forgetsTheOldestBeyondTheCapacityAndBeforeATime() {
        for (int i = 1; i <= 6; i++) {
            moves.add(i * 100L, i, i, "id-" + "x".repeat(i), 4);
        }
        assertThat(listed())
                .containsExactly("300 3 3 id-xxx", "400 4 4 id-xxxx", "500 5 5 id-xxxxx", "600 6 6 id-xxxxxx");

        moves.forgetBefore(500);
        assertThat(listed()).containsExactly("500 5 5 id-xxxxx", "600 6 6 id-xxxxxx");

        moves.forgetBefore(10_000);
        assertThat(moves.size()).isZero();
        moves.add(700, 7, 7, "again", 4);
        assertThat(listed()).containsExactly("700 7 7 again");
    }

    @Test
    void anAccountStateWithMovesSurvivesItsBytes() {
        AccountState state = new AccountState();
        state.lastSeen = 900;
        state.fromNewPayers.add(100, 11, 1_000, "in-1", 51);
        state.fromNewPayers.add(150, 12, 2_000, "in-2", 51);
        state.out.add(160, 13, 2_900, "out-1", 16);

        AccountState back = (AccountState) KeyState.fromBytes(state.toBytes());

        assertThat(back.toBytes()).isEqualTo(state.toBytes());
        assertThat(back.fromNewPayers.eventId(1)).isEqualTo("in-2");
        assertThat(back.out.amountFen(0)).isEqualTo(2_900);
    }

    private List<String> listed() {
        List<String> listed = new ArrayList<>();
        for (int i = 0; i < moves.size(); i++) {
            listed.add(moves.at(i) + " " + moves.counterparty(i) + " " + moves.amountFen(i) + " " + moves.eventId(i));
        }
        return listed;
    }
}
