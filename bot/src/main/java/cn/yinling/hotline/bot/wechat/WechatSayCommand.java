package cn.yinling.hotline.bot.wechat;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * {@code wechat-say --openid ID [--url U] "text"}: sends one text message to a running hotline
 * exactly as WeChat would (signed; with {@code --safe} encrypted) and prints the reply — the passive
 * one, or the customer-service message delivered to a local stand-in of the WeChat API that this
 * command starts on {@code --api-port} (run the server with
 * {@code --hotline.wechat.api-base-url=http://127.0.0.1:<port>} for that). Defaults are the demo
 * account's token, app id and AES key. Exit status: 0 reply printed, 1 no reply, 2 usage, 3 refused.
 */
public final class WechatSayCommand {

    static final String USAGE = """
            usage: wechat-say --openid ID [--url U] [--safe] [--token T] [--app-id A] [--aes-key K] \
            [--secret S] [--api-port P] [--wait SECONDS] "text"
              --url       the callback (default http://127.0.0.1:8080/wechat/callback)
              --safe      encrypt as in safe mode (AES with the EncodingAESKey)
              --api-port  port of the local customer-service endpoint to start (default 18089, 0: none)
              --wait      how long to wait for a customer-service reply (default 10)""";

    private WechatSayCommand() {
    }

    public static int run(String[] args) {
        return run(args, Clock.systemUTC(), System.out);
    }

    static int run(String[] args, Clock clock, PrintStream out) {
        Map<String, String> options = new HashMap<>();
        List<String> words = new ArrayList<>();
        if (!parse(args, options, words) || !options.containsKey("openid") || words.isEmpty()) {
            out.println(USAGE);
            return 2;
        }
        String openid = options.get("openid");
        int apiPort;
        long waitSeconds;
        try {
            apiPort = Integer.parseInt(options.getOrDefault("api-port", "18089"));
            waitSeconds = Long.parseLong(options.getOrDefault("wait", "10"));
        } catch (NumberFormatException e) {
            out.println(USAGE);
            return 2;
        }
        try (LocalWechatApi api = startApi(apiPort, options, out)) {
            WechatClient client = new WechatClient(URI.create(options.getOrDefault("url", "http://127.0.0.1:8080/wechat/callback")),
                    options.getOrDefault("token", WechatProperties.DEMO_TOKEN),
                    options.getOrDefault("app-id", WechatProperties.DEMO_APP_ID),
                    options.getOrDefault("aes-key", WechatProperties.DEMO_AES_KEY), options.containsKey("safe"), clock);
            String xml = WechatClient.textXml(openid, String.join(" ", words),
                    ThreadLocalRandom.current().nextLong(1L << 40, Long.MAX_VALUE), client.now());
            HttpResponse<String> response = client.send(openid, xml);
            if (response.statusCode() != 200) {
                out.println("refused: HTTP " + response.statusCode() + " " + response.body());
                return 3;
            }
            String passive = client.replyText(response.body());
            if (passive != null) {
                out.println(passive);
                return 0;
            }
            return waitForCustomerService(api, openid, waitSeconds, out);
        } catch (IOException e) {
            out.println("cannot reach the hotline: " + e.getMessage());
            return 3;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    private static int waitForCustomerService(LocalWechatApi api, String openid, long seconds, PrintStream out)
            throws InterruptedException {
        if (api == null) {
            out.println("(answered \"success\": the reply goes out as a customer-service message)");
            return 1;
        }
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        for (long left = seconds * 1000; left > 0; left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())) {
            LocalWechatApi.Sent sent = api.next(left, TimeUnit.MILLISECONDS);
            if (sent != null && sent.openid().equals(openid)) {
                out.println("[客服消息] " + sent.text());
                return 0;
            }
        }
        out.println("(no reply within " + seconds + " s)");
        return 1;
    }

    private static LocalWechatApi startApi(int port, Map<String, String> options, PrintStream out) {
        if (port == 0) {
            return null;
        }
        try {
            return LocalWechatApi.start(port, options.getOrDefault("app-id", WechatProperties.DEMO_APP_ID),
                    options.getOrDefault("secret", WechatProperties.DEMO_SECRET));
        } catch (IOException e) {
            out.println("(customer-service endpoint not started on port " + port + ": " + e.getMessage() + ")");
            return null;
        }
    }

    private static boolean parse(String[] args, Map<String, String> options, List<String> words) {
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if ("--safe".equals(a)) {
                options.put("safe", "true");
            } else if (a.startsWith("--")) {
                if (i + 1 >= args.length) {
                    return false;
                }
                options.put(a.substring(2), args[++i]);
            } else {
                words.add(a);
            }
        }
        return true;
    }
}
