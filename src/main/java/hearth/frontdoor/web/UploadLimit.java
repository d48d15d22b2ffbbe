package hearth.frontdoor.web;

import jakarta.servlet.MultipartConfigElement;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * The largest police notification file Hearth takes ({@code hearth.frontdoor.upload-max-bytes},
 * 20 MB unless set). The servlet container is allowed a little more, so a file just over
 * the limit reaches the page and is refused there with a message; a far larger upload
 * is stopped by the container and refused with the same message, never a 500 or a reset.
 */
@Configuration(proxyBeanMethods = false)
class UploadLimit {

    /** Room for the form's other fields and the multipart boundaries. */
    private static final long FORM_OVERHEAD = 1024 * 1024;

    private final long maxBytes;

    UploadLimit(@Value("${hearth.frontdoor.upload-max-bytes:20971520}") long maxBytes) {
        this.maxBytes = maxBytes;
    }

    long maxBytes() {
        return maxBytes;
    }

    String tooLarge() {
        return "The file must be smaller than " + (maxBytes >= 1024 * 1024 ? maxBytes / (1024 * 1024) + " MB"
                : maxBytes + " bytes") + "; split it into smaller files and upload each";
    }

    @Bean
    MultipartConfigElement multipartConfigElement() {
        return new MultipartConfigElement("", -1, maxBytes + FORM_OVERHEAD, 1024 * 1024);
    }

    /** The container's own limit, met before any controller runs. */
    @ControllerAdvice
    static class TooLarge {

        private final UploadLimit limit;

        TooLarge(UploadLimit limit) {
            this.limit = limit;
        }

        @ExceptionHandler(MaxUploadSizeExceededException.class)
        String refuse(Model model, jakarta.servlet.http.HttpServletResponse response) {
            response.setStatus(413);
            model.addAttribute("fileError", limit.tooLarge());
            return "frontdoor/police-upload";
        }
    }
}
