package cn.yinling.hotline.ivr.visit;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.visit.DoorCheckins;
import cn.yinling.hotline.cases.visit.VisitProperties;
import cn.yinling.hotline.ivr.IvrProperties;
import cn.yinling.hotline.ivr.call.PromptPlayer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The check-in line's script. */
@Configuration(proxyBeanMethods = false)
class VisitBeans {

    @Bean
    VisitScript visitScript(DoorCheckins checkins, PromptPlayer player, IvrProperties ivr, VisitProperties visits) {
        return new VisitScript(checkins, new Messages(), player, ivr.inputTimeout(), ivr.interDigitTimeout(),
                visits.triesPerCall());
    }
}
