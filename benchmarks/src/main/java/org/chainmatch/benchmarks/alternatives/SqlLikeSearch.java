package org.chainmatch.benchmarks.alternatives;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.IOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chainmatch.core.Demand;
import org.chainmatch.core.Enterprise;
import org.chainmatch.core.Uscc;

/**
 * What a city's existing enterprise database does: an in-memory H2 table with a {@code products}
 * and a {@code scope} column, searched with {@code LIKE '%text%'}. Enterprises whose products
 * match come before those whose scope matches, then input order.
 *
 * <p>Like {@link LinearScanSearch} the whole query text must occur as written (case-insensitively;
 * {@code %}, {@code _} and {@code \} in it are taken literally). {@code LIKE} with a leading
 * wildcard cannot use an index, so every query reads the whole table.
 *
 * <p>Holds one private in-memory database and one connection: not thread-safe; close it.
 */
final class SqlLikeSearch implements SupplierSearch {
  private static final String QUERY = """
      SELECT pos FROM enterprise
      WHERE products LIKE ? ESCAPE '\\' OR scope LIKE ? ESCAPE '\\'
      ORDER BY CASE WHEN products LIKE ? ESCAPE '\\' THEN 0 ELSE 1 END, pos
      FETCH FIRST ? ROWS ONLY""";

  private final Uscc[] codes;
  private final Connection connection;
  private final PreparedStatement query;

  private SqlLikeSearch(Uscc[] codes, Connection connection) throws SQLException {
    this.codes = codes;
    this.connection = connection;
    this.query = connection.prepareStatement(QUERY);
  }

  /**
   * Creates the database and inserts {@code enterprises}.
   *
   * @throws IOException if the database fails
   */
  static SqlLikeSearch over(List<Enterprise> enterprises) throws IOException {
    try {
      // "jdbc:h2:mem:" without a name is private to this connection and dropped when it closes.
      Connection connection = DriverManager.getConnection("jdbc:h2:mem:");
      try {
        load(connection, enterprises);
        return new SqlLikeSearch(
            enterprises.stream().map(Enterprise::uscc).toArray(Uscc[]::new), connection);
      } catch (SQLException | RuntimeException e) {
        connection.close();
        throw e;
      }
    } catch (SQLException e) {
      throw new IOException("cannot build the H2 table: " + e.getMessage(), e);
    }
  }

  private static void load(Connection connection, List<Enterprise> enterprises)
      throws SQLException {
    try (Statement ddl = connection.createStatement()) {
      ddl.execute("CREATE TABLE enterprise"
          + " (pos INT PRIMARY KEY, products VARCHAR NOT NULL, scope VARCHAR NOT NULL)");
    }
    connection.setAutoCommit(false);
    try (PreparedStatement insert =
        connection.prepareStatement("INSERT INTO enterprise VALUES (?, ?, ?)")) {
      for (int i = 0; i < enterprises.size(); i++) {
        Enterprise e = enterprises.get(i);
        insert.setInt(1, i);
        insert.setString(2, String.join(";", e.products()).toLowerCase(Locale.ROOT));
        insert.setString(3, e.scope().toLowerCase(Locale.ROOT));
        insert.addBatch();
        if (i % 1_000 == 999) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    }
    connection.commit();
    connection.setAutoCommit(true);
  }

  @Override
  public List<Uscc> top(Demand demand, int k) throws IOException {
    checkArgument(k >= 1, "k must be >= 1 but was %s", k);
    String productText = demand.product();
    String pattern = "%" + escapeLike(productText.strip().toLowerCase(Locale.ROOT)) + "%";
    try {
      query.setString(1, pattern);
      query.setString(2, pattern);
      query.setString(3, pattern);
      query.setInt(4, k);
      List<Uscc> found = new ArrayList<>(k);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          found.add(codes[rows.getInt(1)]);
        }
      }
      return found;
    } catch (SQLException e) {
      throw new IOException("H2 query failed for \"" + productText + "\": " + e.getMessage(), e);
    }
  }

  static String escapeLike(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }

  @Override
  public String name() {
    return "h2";
  }

  @Override
  public void close() throws IOException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new IOException(e);
    }
  }
}
