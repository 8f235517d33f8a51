package dk.segl.web.pages;

import dk.segl.organisation.UserCommand;
import dk.segl.organisation.UserImport;
import dk.segl.web.api.BoundedBody;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Users > "Create users from CSV": the upload and its report, a line for every line of the file. */
@Named
@RequestScoped
public class ImportPage {

    @EJB
    UserImport userImport;

    @Inject
    Visitor visitor;

    @Inject
    PageMessages messages;

    private Part file;
    private List<String> report = List.of();

    public void upload() throws IOException {
        if (file == null || file.getSize() == 0) {
            messages.error("import.fileRequired");
            return;
        }
        try (InputStream in = file.getInputStream()) {
            messages.attempt(() -> userImport.run(visitor.actor(), visitor.cvr(), BoundedBody.csv(in))).ifPresent(results ->
                    report = results.stream().map(r -> r.done()
                            ? messages.text(doneKey(r.action()), r.line(), r.loginName())
                            : messages.text("import.refused", r.line(), messages.describe(r.rule(), r.detail()))).toList());
        } catch (BoundedBody.TooLarge e) {
            messages.error("error.body-too-large");
        }
    }

    private static String doneKey(UserCommand.Action action) {
        return switch (action) {
            case CREATE -> "import.created";
            case UPDATE -> "import.updated";
            case DELETE -> "import.deleted";
        };
    }

    public List<String> getReport() {
        return report;
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
