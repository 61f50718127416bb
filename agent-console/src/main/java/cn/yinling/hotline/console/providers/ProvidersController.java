package cn.yinling.hotline.console.providers;

import cn.yinling.hotline.cases.catalog.ServiceCategory;
import cn.yinling.hotline.cases.provider.ProviderDirectory;
import cn.yinling.hotline.cases.provider.WorkerAbsence;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;

/** 服务商与护工: read by every signed-in account (agents book against them), phones masked. */
@Controller
class ProvidersController {

    private final ProviderDesk desk;
    private final ProviderDirectory directory;

    ProvidersController(ProviderDesk desk, ProviderDirectory directory) {
        this.desk = desk;
        this.directory = directory;
    }

    @GetMapping("/console/providers")
    String list(Model model) {
        model.addAttribute("providers", desk.providers());
        return "console/providers";
    }

    @GetMapping("/console/providers/{id}")
    String provider(@PathVariable long id, Model model) {
        model.addAttribute("provider", desk.provider(id));
        model.addAttribute("workers", desk.workersOf(id));
        return "console/provider";
    }

    @GetMapping("/console/workers/{id}")
    String worker(@PathVariable long id, Model model) {
        model.addAttribute("worker", desk.worker(id));
        model.addAttribute("shifts", directory.shiftsOf(id));
        model.addAttribute("absences", directory.absencesOf(id));
        model.addAttribute("days", List.of(1, 2, 3, 4, 5, 6, 7));
        model.addAttribute("absenceKinds", WorkerAbsence.Kind.values());
        model.addAttribute("categories", ServiceCategory.values());
        return "console/worker";
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }
}
