package cn.yinling.hotline.ivr.reminder;

import cn.yinling.hotline.bot.reply.Messages;
import cn.yinling.hotline.cases.queue.QueueCalls;
import cn.yinling.hotline.cases.reminder.BookingReminders;
import cn.yinling.hotline.cases.reminder.ReminderProperties;
import cn.yinling.hotline.ivr.IvrProperties;
import cn.yinling.hotline.ivr.call.PromptPlayer;
import cn.yinling.hotline.ivr.call.QueueHandover;
import cn.yinling.hotline.ivr.outbound.OriginatedCalls;
import cn.yinling.hotline.ivr.outbound.OutboundDialer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The reminder call's script and dialer. */
@Configuration(proxyBeanMethods = false)
class ReminderBeans {

    @Bean
    ReminderScript reminderScript(BookingReminders reminders, PromptPlayer player, IvrProperties ivr,
            QueueCalls queueCalls, OriginatedCalls originated) {
        return new ReminderScript(reminders, new Messages(), player, ivr.inputTimeout(), ivr.interDigitTimeout(),
                new QueueHandover(queueCalls), originated);
    }

    @Bean
    ReminderDialing reminderDialing(BookingReminders reminders, OutboundDialer dialer, ReminderProperties properties,
            OriginatedCalls originated) {
        return new ReminderDialing(reminders, dialer, properties, originated);
    }
}
