package hearth.frontdoor.web;

import hearth.access.StaffMember;
import hearth.frontdoor.PoliceNotificationFile;
import hearth.frontdoor.PoliceNotifications;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Hub staff upload the police's notification file; each notification joins the queue. */
@Controller
class PoliceUploadController {

    private final PoliceNotifications notifications;

    private final UploadLimit uploads;

    PoliceUploadController(PoliceNotifications notifications, UploadLimit uploads) {
        this.notifications = notifications;
        this.uploads = uploads;
    }

    @GetMapping("/front-door/police-notifications")
    String form(@RequestParam(name = UploadLimit.TOO_LARGE, required = false) String tooLarge, Model model) {
        if (tooLarge != null) {
            model.addAttribute("fileError", uploads.tooLarge());
        }
        return "frontdoor/police-upload";
    }

    @PostMapping("/front-door/police-notifications")
    String upload(@RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute("fileError", "Choose the police notification file (CSV) to upload");
            return "frontdoor/police-upload";
        }
        if (file.getSize() > uploads.maxBytes()) {
            model.addAttribute("fileError", uploads.tooLarge());
            return "frontdoor/police-upload";
        }
        PoliceNotificationFile.Parsed parsed;
        try (InputStream in = file.getInputStream()) {
            parsed = PoliceNotificationFile.read(in);
        } catch (PoliceNotificationFile.WrongEncoding e) {
            model.addAttribute("fileError", e.getMessage());
            return "frontdoor/police-upload";
        } catch (IllegalArgumentException | IllegalStateException e) {
            model.addAttribute("fileError", "The file is not in the police notification layout: " + e.getMessage());
            return "frontdoor/police-upload";
        }
        StaffMember me = StaffMember.require();
        List<PoliceNotifications.Received> created = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        for (var notification : parsed.notifications()) {
            var received = notifications.receive(notification, me);
            if (received.created()) {
                created.add(received);
            } else {
                duplicates.add(notification.force() + " " + notification.notificationRef());
            }
        }
        model.addAttribute("created", created).addAttribute("duplicates", duplicates)
                .addAttribute("rejectedRows", parsed.errors()).addAttribute("fileName", file.getOriginalFilename());
        return "frontdoor/police-upload-result";
    }
}
