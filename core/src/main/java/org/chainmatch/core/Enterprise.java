package org.chainmatch.core;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.List;

/**
 * An enterprise: who it is, where it is, what it makes and whether it works today.
 *
 * <p>Immutable; lists are copied. At least one of {@code products} and {@code scope} is non-empty,
 * because an enterprise that says nothing of what it makes cannot be matched.
 *
 * @param uscc its unified social credit code, the identity used everywhere
 * @param name registered name, non-blank
 * @param region county-level (or city-level, for cities without districts) administrative unit
 * @param industries GB/T 4754-2017 codes, possibly empty
 * @param products main products or services, as written by the enterprise, possibly empty
 * @param scope business scope text (经营范围), possibly empty
 * @param status the latest operating status
 * @param key whether the city treats it as a key enterprise (重点企业)
 */
public record Enterprise(
    Uscc uscc,
    String name,
    RegionCode region,
    List<IndustryCode> industries,
    List<String> products,
    String scope,
    OperatingStatus status,
    boolean key) {

  /** Validates and copies the components. */
  /**
   * The longest product name, in characters. Why a bound: a product name is indexed whole, and
   * Lucene cannot index a term over 32,766 bytes; a real product name is a few dozen characters,
   * so a longer one is a list without separators or damaged data.
   */
  public static final int MAX_PRODUCT_CHARS = 200;

  public Enterprise {
    checkNotNull(uscc, "uscc");
    checkNotNull(name, "name");
    checkNotNull(region, "region");
    checkNotNull(scope, "scope");
    checkNotNull(status, "status");
    checkArgument(!name.isBlank(), "enterprise %s has a blank name", uscc);
    industries = ImmutableList.copyOf(industries);
    products = ImmutableList.copyOf(products);
    for (String p : products) {
      checkArgument(!p.isBlank(), "enterprise %s lists a blank product", uscc);
      checkArgument(p.length() <= MAX_PRODUCT_CHARS,
          "enterprise %s lists a product of %s characters; at most %s are allowed",
          uscc, p.length(), MAX_PRODUCT_CHARS);
    }
    checkArgument(
        !products.isEmpty() || !scope.isBlank(),
        "enterprise %s has neither products nor scope",
        uscc);
  }

  /** A builder for an enterprise with the required identity; everything else is optional. */
  public static Builder builder(Uscc uscc, String name, RegionCode region) {
    return new Builder(uscc, name, region);
  }

  /** This enterprise with another status. */
  public Enterprise withStatus(OperatingStatus newStatus) {
    return new Enterprise(uscc, name, region, industries, products, scope, newStatus, key);
  }

  /** Builds {@link Enterprise}s; not thread-safe. */
  public static final class Builder {
    private final Uscc uscc;
    private final String name;
    private final RegionCode region;
    private final ImmutableList.Builder<IndustryCode> industries = ImmutableList.builder();
    private final ImmutableList.Builder<String> products = ImmutableList.builder();
    private String scope = "";
    private OperatingStatus status = OperatingStatus.unknown();
    private boolean key;

    private Builder(Uscc uscc, String name, RegionCode region) {
      this.uscc = uscc;
      this.name = name;
      this.region = region;
    }

    public Builder industry(IndustryCode code) {
      industries.add(code);
      return this;
    }

    public Builder industries(Iterable<IndustryCode> codes) {
      industries.addAll(codes);
      return this;
    }

    public Builder product(String product) {
      products.add(product);
      return this;
    }

    public Builder products(Iterable<String> values) {
      products.addAll(values);
      return this;
    }

    public Builder scope(String text) {
      this.scope = text;
      return this;
    }

    public Builder status(OperatingStatus value) {
      this.status = value;
      return this;
    }

    public Builder key(boolean value) {
      this.key = value;
      return this;
    }

    public Enterprise build() {
      return new Enterprise(
          uscc, name, region, industries.build(), products.build(), scope, status, key);
    }
  }
}
