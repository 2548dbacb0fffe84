/**
 * Test fixtures for {@link org.chainmatch.index.CapabilityIndex}: {@link
 * org.chainmatch.testkit.index.CapabilityIndexContractTest}, the contract every implementation's
 * test extends, and {@link org.chainmatch.testkit.index.FakeCapabilityIndex}, a hand-checkable
 * implementation that honours it. Test scope only.
 */
package org.chainmatch.testkit.index;
