package org.chainmatch.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class RecordListTest {

  @Test
  void buildsEachRecordFromItsIdInTheGivenOrder() {
    List<String> list = RecordList.of(new int[] {3, 1, 2}, id -> "r" + id);

    assertThat(list).containsExactly("r3", "r1", "r2");
    assertThat(list).isEqualTo(List.of("r3", "r1", "r2"));
  }

  @Test
  void rejectsAnIndexOutsideTheList() {
    List<String> list = RecordList.ofIndices(2, i -> "r" + i);

    assertThatThrownBy(() -> list.get(2)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.get(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void isImmutable() {
    List<String> list = RecordList.of(new int[] {0}, id -> "r" + id);

    assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
  }
}
