/**
 * The statutory returns: the Children in Need census and Ofsted's child-level lists. It reads
 * other modules' data only through the reporting views they own ({@code report_*}).
 */
@org.springframework.modulith.ApplicationModule
package hearth.returns;
