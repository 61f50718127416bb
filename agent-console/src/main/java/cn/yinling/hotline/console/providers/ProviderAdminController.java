package cn.yinling.hotline.console.providers;

import cn.yinling.hotline.cases.catalog.ServiceCategory;
import cn.yinling.hotline.cases.provider.Provider;
import cn.yinling.hotline.cases.provider.ProviderDraft;
import cn.yinling.hotline.cases.provider.Worker;
import cn.yinling.hotline.cases.provider.WorkerDraft;
import cn.yinling.hotline.console.ConsoleMessages;
import java.security.Principal;
import java.util.List;
import java.util.NoSuchElementException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Keeping providers and workers: under {@code /console/supervisor/}, so only supervisors and admins
 * reach it. A refused form comes back as typed with every problem; each change is audited.
 */
@Controller
class ProviderAdminController {

    private static final String BASE = "/console/supervisor";

    private final ProviderDesk desk;
    private final ConsoleMessages messages;

    ProviderAdminController(ProviderDesk desk, ConsoleMessages messages) {
        this.desk = desk;
        this.messages = messages;
    }

    @GetMapping(BASE + "/providers/new")
    String newProvider(Model model) {
        return providerForm(null, new ProviderDraft("", "", "", "", "", "", List.of(), "", ""), List.of(), model);
    }

    @GetMapping(BASE + "/providers/{id}/edit")
    String editProvider(@PathVariable long id, Principal principal, Model model) {
        Provider p = desk.providerForEdit(id, principal.getName());
        ProviderDraft d = new ProviderDraft(p.getName(), nz(p.getContactPerson()), nz(p.getPhone()),
                nz(p.getContractNumber()), p.getContractStart() == null ? "" : p.getContractStart().toString(),
                p.getContractEnd() == null ? "" : p.getContractEnd().toString(),
                p.categories().stream().map(Enum::name).toList(), String.join("、", p.streetList()),
                String.join("、", p.communityList()));
        return providerForm(id, d, List.of(), model);
    }

    @PostMapping({BASE + "/providers/new", BASE + "/providers/{id}/edit"})
    String saveProvider(@PathVariable(required = false) Long id, @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String contactPerson, @RequestParam(defaultValue = "") String phone,
            @RequestParam(defaultValue = "") String contractNumber, @RequestParam(defaultValue = "") String contractStart,
            @RequestParam(defaultValue = "") String contractEnd,
            @RequestParam(name = "category", required = false) List<String> categories,
            @RequestParam(defaultValue = "") String streets, @RequestParam(defaultValue = "") String communities,
            Principal principal, Model model, RedirectAttributes flash) {
        ProviderDraft d = new ProviderDraft(name, contactPerson, phone, contractNumber, contractStart, contractEnd,
                categories == null ? List.of() : categories, streets, communities);
        if (id != null) {
            desk.provider(id); // 404 for an unknown one
        }
        ProviderDesk.Result r = desk.saveProvider(id, d, principal.getName());
        if (!r.problems().isEmpty()) {
            return providerForm(id, d, r.problems(), model);
        }
        flash.addFlashAttribute("done", messages.get("pw.saved"));
        return "redirect:/console/providers/" + r.id();
    }

    @PostMapping(BASE + "/providers/{id}/active")
    String providerActive(@PathVariable long id, @RequestParam boolean active, Principal principal,
            RedirectAttributes flash) {
        desk.setProviderActive(id, active, principal.getName());
        flash.addFlashAttribute("done", messages.get(active ? "pw.activated" : "pw.providerDeactivated"));
        return "redirect:/console/providers/" + id;
    }

    @GetMapping(BASE + "/workers/new")
    String newWorker(@RequestParam long providerId, Model model) {
        desk.provider(providerId);
        return workerForm(null, new WorkerDraft(providerId, "", "", "", List.of()), List.of(), model);
    }

    @GetMapping(BASE + "/workers/{id}/edit")
    String editWorker(@PathVariable long id, Principal principal, Model model) {
        Worker w = desk.workerForEdit(id, principal.getName());
        return workerForm(id, new WorkerDraft(w.getProviderId(), nz(w.getWorkerNumber()), w.getFullName(),
                nz(w.getPhone()), w.categories().stream().map(Enum::name).toList()), List.of(), model);
    }

    @PostMapping({BASE + "/workers/new", BASE + "/workers/{id}/edit"})
    String saveWorker(@PathVariable(required = false) Long id, @RequestParam(required = false) Long providerId,
            @RequestParam(defaultValue = "") String workerNumber, @RequestParam(defaultValue = "") String fullName,
            @RequestParam(defaultValue = "") String phone,
            @RequestParam(name = "category", required = false) List<String> categories,
            Principal principal, Model model, RedirectAttributes flash) {
        if (id != null) {
            desk.worker(id);
        }
        WorkerDraft d = new WorkerDraft(providerId, workerNumber, fullName, phone,
                categories == null ? List.of() : categories);
        ProviderDesk.Result r = desk.saveWorker(id, d, principal.getName());
        if (!r.problems().isEmpty()) {
            return workerForm(id, d, r.problems(), model);
        }
        flash.addFlashAttribute("done", messages.get("pw.saved"));
        return "redirect:/console/workers/" + r.id();
    }

    /** Deactivating a worker with future visits opens the re-assignment page. */
    @PostMapping(BASE + "/workers/{id}/active")
    String workerActive(@PathVariable long id, @RequestParam boolean active, Principal principal,
            RedirectAttributes flash) {
        desk.setWorkerActive(id, active, principal.getName());
        if (!active && desk.futureVisits(id).stream().anyMatch(StrandedVisit::stranded)) {
            flash.addFlashAttribute("problem", messages.get("pw.reassign.needed"));
            return "redirect:" + BASE + "/workers/" + id + "/visits";
        }
        flash.addFlashAttribute("done", messages.get(active ? "pw.activated" : "pw.workerDeactivated"));
        return "redirect:/console/workers/" + id;
    }

    @PostMapping(BASE + "/workers/{id}/shifts")
    String addShift(@PathVariable long id, @RequestParam(defaultValue = "") String day,
            @RequestParam(defaultValue = "") String start, @RequestParam(defaultValue = "") String end,
            Principal principal, RedirectAttributes flash) {
        desk.worker(id);
        report(desk.addShift(id, day, start, end, principal.getName()), flash);
        return "redirect:/console/workers/" + id + "#shifts";
    }

    @PostMapping(BASE + "/workers/{id}/shifts/{shiftId}/remove")
    String removeShift(@PathVariable long id, @PathVariable long shiftId, Principal principal, RedirectAttributes flash) {
        desk.worker(id);
        desk.removeShift(id, shiftId, principal.getName());
        flash.addFlashAttribute("done", messages.get("pw.saved"));
        return "redirect:/console/workers/" + id + "#shifts";
    }

    /** Leave or sick days that strand visits open the re-assignment page. */
    @PostMapping(BASE + "/workers/{id}/absences")
    String addAbsence(@PathVariable long id, @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String firstDay, @RequestParam(defaultValue = "") String lastDay,
            @RequestParam(defaultValue = "") String reason, Principal principal, RedirectAttributes flash) {
        desk.worker(id);
        ProviderDesk.Result r = desk.addAbsence(id, kind, firstDay, lastDay, reason, principal.getName());
        if (r.problems().isEmpty() && desk.futureVisits(id).stream().anyMatch(StrandedVisit::stranded)) {
            flash.addFlashAttribute("problem", messages.get("pw.reassign.needed"));
            return "redirect:" + BASE + "/workers/" + id + "/visits";
        }
        report(r, flash);
        return "redirect:/console/workers/" + id + "#absences";
    }

    @PostMapping(BASE + "/workers/{id}/absences/{absenceId}/remove")
    String removeAbsence(@PathVariable long id, @PathVariable long absenceId, Principal principal,
            RedirectAttributes flash) {
        desk.worker(id);
        desk.removeAbsence(id, absenceId, principal.getName());
        flash.addFlashAttribute("done", messages.get("pw.saved"));
        return "redirect:/console/workers/" + id + "#absences";
    }

    @GetMapping(BASE + "/workers/{id}/visits")
    String visits(@PathVariable long id, Model model) {
        model.addAttribute("worker", desk.worker(id));
        model.addAttribute("visits", desk.futureVisits(id));
        return "console/worker-visits";
    }

    @PostMapping(BASE + "/bookings/{bookingId}/reassign")
    String reassign(@PathVariable long bookingId, @RequestParam long from, @RequestParam(required = false) Long workerId,
            Principal principal, RedirectAttributes flash) {
        String problem = workerId == null ? messages.get("pw.reassign.choose")
                : desk.reassign(bookingId, workerId, principal.getName());
        flash.addFlashAttribute(problem == null ? "done" : "problem",
                problem == null ? messages.get("pw.reassign.done") : problem);
        return "redirect:" + BASE + "/workers/" + from + "/visits";
    }

    @ExceptionHandler(NoSuchElementException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound() {
        return "console/not-found";
    }

    private void report(ProviderDesk.Result r, RedirectAttributes flash) {
        if (r.problems().isEmpty()) {
            flash.addFlashAttribute("done", messages.get("pw.saved"));
        } else {
            flash.addFlashAttribute("problem", String.join(" ", r.problems()));
        }
    }

    private String providerForm(Long id, ProviderDraft form, List<String> problems, Model model) {
        model.addAttribute("providerId", id);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("categories", ServiceCategory.values());
        return "console/provider-form";
    }

    private String workerForm(Long id, WorkerDraft form, List<String> problems, Model model) {
        model.addAttribute("workerId", id);
        model.addAttribute("form", form);
        model.addAttribute("problems", problems);
        model.addAttribute("categories", ServiceCategory.values());
        model.addAttribute("providers", desk.providers());
        model.addAttribute("digits", desk.numberDigits());
        return "console/worker-form";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
