package org.stepline.letters.web;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.stepline.audit.AuditTrail;
import org.stepline.letters.internal.LetterStore;
import org.stepline.patients.PatientDirectory;
import org.stepline.shared.NotFoundException;
import org.stepline.shared.ServiceTime;

/** Downloads a stored letter to the GP, exactly as it was written. */
@Controller
class LetterDownloadController {

    private final PatientDirectory patients;
    private final LetterStore letters;
    private final AuditTrail audit;

    LetterDownloadController(PatientDirectory patients, LetterStore letters, AuditTrail audit) {
        this.patients = patients;
        this.letters = letters;
        this.audit = audit;
    }

    @GetMapping("/patients/{patientId}/letters/{letterId}")
    ResponseEntity<byte[]> download(@PathVariable long patientId, @PathVariable long letterId) {
        patients.requireAccess(patientId);
        var letter = letters.pdf(letterId)
                .filter(l -> l.patientId() == patientId)
                .orElseThrow(() -> new NotFoundException("Letter " + letterId));
        var written = ServiceTime.dateOf(letter.createdAt().toInstant());
        audit.viewed(
                patientId,
                "Downloaded the " + letter.title().toLowerCase(Locale.UK) + " written on " + ServiceTime.date(written));
        String filename = "gp-letter-" + letter.kind().toLowerCase(Locale.UK) + "-" + written + "-" + letterId + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(letter.pdf());
    }
}
