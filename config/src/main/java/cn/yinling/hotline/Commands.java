package cn.yinling.hotline;

import cn.yinling.hotline.bot.wechat.WechatSayCommand;
import cn.yinling.hotline.cases.sms.standin.SmsStandInCommand;
import cn.yinling.hotline.console.admin.CreateAdminCommand;
import cn.yinling.hotline.ivr.simulator.DialCommand;
import java.io.PrintStream;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Sub-commands of {@code java -jar hotline.jar COMMAND ...}: jobs that run once and exit. Each
 * returns a process exit code (0 ok, 1 failed, 2 bad usage).
 */
final class Commands {

    private static final Map<String, Function<String[], Integer>> COMMANDS = new TreeMap<>();

    static {
        COMMANDS.put("help", args -> usage(System.out, 0));
        COMMANDS.put("nlu-eval", NluEvalCommand::run);
        COMMANDS.put("dial", DialCommand::run);
        COMMANDS.put("wechat-say", WechatSayCommand::run);
        COMMANDS.put("create-admin", CreateAdminCommand::run);
        COMMANDS.put("sms-standin", SmsStandInCommand::run);
    }

    private Commands() {
    }

    static int run(String name, String[] args) {
        Function<String[], Integer> command = COMMANDS.get(name);
        if (command == null) {
            System.err.println("Unknown command: " + name);
            return usage(System.err, 2);
        }
        return command.apply(args);
    }

    private static int usage(PrintStream out, int code) {
        out.println("Usage: java -jar hotline.jar [--spring.profiles.active=prod]   run the hotline");
        out.println("       java -jar hotline.jar COMMAND [ARGS]                   run one job and exit");
        out.println("Commands: " + String.join(", ", COMMANDS.keySet()));
        return code;
    }
}
