/**
 * Domain values backed by standards: {@link org.chainmatch.core.Uscc} (GB 32100-2015), {@link
 * org.chainmatch.core.RegionCode} and {@link org.chainmatch.core.RegionTable} (GB/T 2260), {@link
 * org.chainmatch.core.IndustryCode} (GB/T 4754-2017), and the records {@link
 * org.chainmatch.core.Enterprise}, {@link org.chainmatch.core.OperatingStatus}, {@link
 * org.chainmatch.core.SupplyRelation} and {@link org.chainmatch.core.Demand}. All are immutable
 * and validate at construction; errors name the bad value.
 *
 * <p>The entry point for applications is {@code org.chainmatch.ChainMatch} in the matching module.
 */
package org.chainmatch.core;
