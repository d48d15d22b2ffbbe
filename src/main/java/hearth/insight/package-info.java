/**
 * The partnership's picture: figures for managers and the safeguarding partnership, each a
 * chart with its table, filtered by team, area and period, with CSV. It reads other modules'
 * data only through the reporting views they own ({@code report_*}) and names no child.
 */
@org.springframework.modulith.ApplicationModule
package hearth.insight;
