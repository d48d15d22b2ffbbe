package hearth.timeliness.web;

import hearth.access.StaffMember;
import hearth.platform.InvalidInput;
import hearth.timeliness.BankHolidays;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators keep the bank holidays the working calendar skips (the security chain limits /admin). */
@Controller
class BankHolidaysController {

    private final BankHolidays holidays;
    private final Clock clock;

    BankHolidaysController(BankHolidays holidays, Clock clock) {
        this.holidays = holidays;
        this.clock = clock;
    }

    @GetMapping("/admin/bank-holidays")
    String show(Model model) {
        return page(model, Map.of(), BankHolidayForm.BLANK);
    }

    @PostMapping("/admin/bank-holidays")
    String add(@ModelAttribute("holidayForm") BankHolidayForm form, Model model, RedirectAttributes redirect) {
        try {
            long moved = holidays.add(form.day(), form.name(), StaffMember.require());
            redirect.addFlashAttribute("done", form.name().strip() + " added; " + moved
                    + " open clocks' due times moved.");
        } catch (InvalidInput invalid) {
            return page(model, invalid.errors(), form);
        }
        return "redirect:/admin/bank-holidays";
    }

    @PostMapping("/admin/bank-holidays/{day}/removal")
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  RedirectAttributes redirect) {
        long moved = holidays.remove(day, StaffMember.require());
        redirect.addFlashAttribute("done", day + " removed; " + moved + " open clocks' due times moved.");
        return "redirect:/admin/bank-holidays";
    }

    private String page(Model model, Map<String, String> errors, BankHolidayForm form) {
        model.addAttribute("holidays", holidays.from(LocalDate.now(clock).withDayOfYear(1)))
                .addAttribute("errors", errors).addAttribute("form", form);
        return "admin/bank-holidays";
    }
}
