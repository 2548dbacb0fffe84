package org.chainmatch.testkit.index;

import org.chainmatch.index.CapabilityIndex;

/** The contract, on the hand-checkable fake that matching's tests rank with. */
class FakeCapabilityIndexContractTest extends CapabilityIndexContractTest {
  @Override
  protected CapabilityIndex newIndex() {
    return new FakeCapabilityIndex();
  }
}
