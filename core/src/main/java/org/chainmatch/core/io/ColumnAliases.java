package org.chainmatch.core.io;

import com.google.common.collect.ImmutableMap;
import java.util.Map;

/**
 * The Chinese header names the loaders accept for the contract's columns, as Chinese spreadsheet
 * exports name them. A header may mix both kinds; naming one column twice (uscc and 统一社会信用代码)
 * is a duplicate column. Problems name a column as the file's header does.
 *
 * <table>
 *   <caption>Aliases</caption>
 *   <tr><th>file</th><th>column</th><th>Chinese header</th></tr>
 *   <tr><td>enterprises</td><td>uscc</td><td>统一社会信用代码</td></tr>
 *   <tr><td></td><td>name</td><td>企业名称</td></tr>
 *   <tr><td></td><td>region</td><td>所在地区, 行政区划代码 (a 6-digit code either way)</td></tr>
 *   <tr><td></td><td>industry</td><td>行业代码</td></tr>
 *   <tr><td></td><td>products</td><td>主要产品</td></tr>
 *   <tr><td></td><td>scope</td><td>经营范围</td></tr>
 *   <tr><td></td><td>status</td><td>复工状态</td></tr>
 *   <tr><td></td><td>capacity</td><td>产能</td></tr>
 *   <tr><td></td><td>key</td><td>重点企业</td></tr>
 *   <tr><td>relations</td><td>supplier, customer, product, share</td><td>供应方, 需求方, 产品, 份额</td></tr>
 *   <tr><td>demands</td><td>id, requester, product, quantity, unit, needed_by, note</td>
 *       <td>需求编号, 需求企业, 需求内容, 数量, 单位, 需求日期, 备注</td></tr>
 * </table>
 */
public final class ColumnAliases {
  /** enterprises.csv. */
  public static final Map<String, String> ENTERPRISES = ImmutableMap.<String, String>builder()
      .put("统一社会信用代码", "uscc")
      .put("企业名称", "name")
      .put("所在地区", "region")
      .put("行政区划代码", "region")
      .put("行业代码", "industry")
      .put("主要产品", "products")
      .put("经营范围", "scope")
      .put("复工状态", "status")
      .put("产能", "capacity")
      .put("重点企业", "key")
      .build();

  /** relations.csv. */
  public static final Map<String, String> RELATIONS = ImmutableMap.of(
      "供应方", "supplier",
      "需求方", "customer",
      "产品", "product",
      "份额", "share");

  /** demands.csv. */
  public static final Map<String, String> DEMANDS = ImmutableMap.<String, String>builder()
      .put("需求编号", "id")
      .put("需求企业", "requester")
      .put("需求内容", "product")
      .put("数量", "quantity")
      .put("单位", "unit")
      .put("需求日期", "needed_by")
      .put("备注", "note")
      .build();

  private ColumnAliases() {}
}
