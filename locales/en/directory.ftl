# Safety directory: in-app report steps, route labels and notes, account-recognition errors.
# Steps and notes come from /shared/directory/reference.yaml and NOTES.md ("Hotline rules").
# Keep sentences short: the reader is often a worried parent on a phone.

## Route labels (one per route kind)

route-kind-emergency = Emergency number
route-kind-platform_form = Report it to the platform
route-kind-platform_in_app = Report it in the app
route-kind-hotline = Report it to the hotline
route-kind-police = Report it to the police
route-kind-take_it_down = Get images taken down
route-kind-report_remove = Get images removed (for young people)
route-kind-helpline = Talk to someone
route-kind-international = Find help in your country
## Generic service names (proper names such as "Kids Helpline" are not translated)

service-emergency = Emergency services
service-eu-emergency = EU emergency number
service-police = Police
service-police-gendarmerie = Police and gendarmerie
service-fire-ambulance-eu = Fire and ambulance (EU emergency number)
service-local-emergency = Your local emergency number
service-local-police = Your local police
service-inhope-map = INHOPE: find the hotline in your country
service-fbi-tips = FBI tip line
service-police-non-emergency = Police (not an emergency)
service-policia-es-mailbox = Policía Nacional: email for reporting child sexual abuse material
service-medical-emergency = Medical emergencies (ambulance)
service-fire = Fire brigade
service-emergency-sms-deaf = Emergency number for deaf or hard-of-hearing people (text, video)
service-child-helpline = Child helpline
service-missing-child = Police: a missing or abducted child

route-unconfirmed = (not yet confirmed: check this link before you rely on it)
route-unconfirmed-number = (not yet confirmed: check this number before you rely on it)

## Rules of each route, from the services' own pages

route-note-emergency = Call this number first if a child is in danger right now.
route-note-emergency-local = Call your local emergency number first if a child is in danger right now.
route-note-local-police = You can also report to your local police.
route-note-ncmec = The CyberTipline takes reports from any country. You can report without giving your name.
route-note-iwf = The IWF needs the web address (URL) of the images or videos. It only deals with child sexual abuse images and videos. You can report without giving your name.
route-note-ceop = CEOP is for grooming and sexual abuse of a child. It does not take reports without a name. It is not for bullying, fake accounts or hacking. In an emergency, call 999.
route-note-esafety = Child sexual exploitation material, including content that sexualises a child, can be reported to eSafety straight away, without reporting it to the platform first. You can do it without giving your name. For bullying of a child, report to the platform first: if it is not removed within 48 hours, complain to eSafety.
route-note-accce = The ACCCE is for people in Australia only.
route-note-vgt = For people outside Australia who want to report to the police.
route-note-cybertip-ca = Cybertip.ca does not take reports by email. Use the web form or call 1-866-658-9022.
route-note-pharos = PHAROS is for public content only. It is not for emergencies (call 17 or 112) or private disputes.
route-note-childhelp = Childhelp is a counselling line. It does not take reports.
route-note-take-it-down = Take It Down is for nude or sexual images taken when the person was under 18. The images never leave your device. For adults, StopNCII.org does the same job.
route-note-report-remove = For young people under 18 in the UK who want a nude image or video of themselves removed. Childline supports them.
route-note-needhelpnow = Step-by-step help for young people to get images of themselves removed.
route-note-report-harmful-content = Helps when harmful content stays up after you reported it to the platform.
route-note-inhope = Find the hotline in your country on this map.
route-note-child-helpline-international = Find a child helpline in your country on Child Helpline International's list of members.
route-note-for-young-people = This line is for children and young people.
route-note-crisis-line = For anyone in emotional crisis.
route-note-3018 = For young people facing online violence, such as sextortion or shared nude images. It can help get content removed.
route-note-policia-es = Send the web address (URL), the profile and the time you saw it. Do not attach images.
route-note-childline-in = The government now runs 1098, and it is being joined to the 112 emergency number. Both still work.
route-note-dswd-sms = Text blockchildporn and the web address to this number. This number is from a 2020 list.
route-note-stale-number = This number is from an older source. It may have changed.
route-note-stale-link = This page is from an older source. If it has moved, use the Report button in the app.
route-note-stopncii = For adults (18 or over) whose intimate images are shared or threatened. For images taken under 18, use Take It Down.
route-note-incibe-hotline = For child sexual abuse material found online. Reports go to the police and INHOPE, but they are not a formal police complaint (denuncia).
route-note-incibe-017 = Open every day, 8:00 to 23:00. Free and confidential. Also on WhatsApp (+34 900 116 117) and Telegram (@INCIBE017).
route-note-cybercrime-1930 = 1930 is mainly the line for online financial fraud. For abuse of a child, use the portal or call 112.
route-note-tiktok-webform = TikTok's form is for when you or your child is shown. If it is someone else's child, use the Report button in the app.
route-note-tumblr-minors = Tumblr's form for the abuse of a minor. You can also write to abuse@tumblr.com.
route-note-telegram-search = For illegal content that shows up in Telegram's search, Telegram named the bot @SearchReport. Use the Report button in the app first.
route-note-not-emergency = Free and confidential, for anything that harms a child's rights. It is not an emergency line: in an emergency, call the emergency number.
route-note-2511 = Free and confidential, every day from 8:30 to 18:00. The number does not appear on the phone bill. You can also report online on 2511.ma at any hour.
route-note-tn-child-lines = 1809 answers outside office hours. During office hours, call the free number 192.
route-note-sos-crianca = Free and confidential, Monday to Friday from 9:00 to 19:00, for children and for adults worried about a child.
route-note-116-cm = For now the 116 works only on the Camtel network. From another network, call the police on 117.
route-note-helpline-br = Free, anonymous guidance on violence online, by chat and e-mail, from specialists. For emergencies, call 190.
route-note-linea-azul = For reports of violence against a child. Monday to Friday 8:00-20:00, weekends 9:00-19:00. In an emergency, call 911.
route-note-meta-in-app = Meta has no web form for this. Use the Report button in the app. Reports are confidential.
route-note-snapchat-safety-concern = On the form, choose "I have a safety concern". You do not need a Snapchat account.
route-note-discord-message-link = Copy the message link first: the form needs it.
route-note-telegram-faq = Telegram's FAQ explains how to report and lists the address to write to.
route-note-reddit-permalink = Choose "I want to report minor abuse or sexualization" and paste the link to the post.

## Safety advice

safety-do-not-save = Never download, screenshot, save or forward sexual images of a child, even as evidence. Doing so can itself be a crime. Write down the link, the username, the date and the time instead.
safety-report-both = Report it to the platform and to the hotline. Do not contact the account. Block it only after you have copied its link and username.
safety-sextortion = If someone is threatening to share images: do not pay, do not delete anything, stop replying, keep the messages, and report it.

## In-app report steps

steps-instagram =
    1. Tap the three dots (...) on the post, comment, message or profile.
    2. Tap Report.
    3. Choose the option about a child, or about nudity or sexual activity involving a minor. The wording changes between app versions.
    4. Follow the steps. Your report is confidential.
steps-facebook =
    1. Tap the three dots (...) on the post, photo, comment or profile.
    2. Tap "Report" or "Find support or report".
    3. Choose the option about a child or child exploitation.
    4. Follow the steps.
steps-threads =
    1. Tap the three dots (...) on the post, reply or profile.
    2. Tap Report.
    3. Choose the reason.
    Threads accounts are linked to Instagram accounts.
steps-whatsapp =
    1. Open the chat.
    2. Tap the contact or group name.
    3. Tap "Report" (you can report and block).
    WhatsApp receives the last five messages from that person or group.
steps-tiktok =
    1. Press and hold the video, or tap the Share arrow.
    2. Tap Report.
    3. Choose "Violence, abuse, and criminal exploitation", then "Exploitation and abuse of people under 18".
    4. Tap Submit.
    For a profile: tap the three dots (...) on the profile, then Report.
    Do not comment on, download or share the video.
steps-x =
    1. Tap the three dots (...) on the post or the profile.
    2. Tap Report.
    3. Choose the child safety or child sexual exploitation option.
    4. Follow the steps. Include the username and the links to the posts.
steps-youtube =
    1. Under the video, tap More (...).
    2. Tap Report.
    3. Choose the reason about child abuse or sexualisation of minors.
    For several videos, comments or a whole channel, use the reporting tool on YouTube's child safety page.
steps-snapchat =
    1. Press and hold the Snap, Story or chat message. For a profile, open it and tap (...).
    2. Tap Report.
    3. Choose the reason.
    A copy of the reported content is sent with your report. Reporting is confidential.
steps-discord =
    1. Copy the message link first (the web form needs it).
    2. On a computer, right-click the message, then Apps, then Report Message. On a phone, press and hold the message, then Report.
    3. You can also report the user from their profile.
steps-reddit =
    1. Tap the three dots (...) or the flag on the post, comment or chat message.
    2. Tap Report.
    3. Choose "Minor abuse or sexualization".
    You can also use the web form at reddit.com/report and paste the link to the post.
steps-telegram =
    1. Copy the t.me link first.
    2. On Android, tap the message, then Report. On iPhone, press and hold the message, then Report.
    3. For a channel, group or user: open its profile, tap (...), then Report, then "Child abuse".
steps-twitch =
    1. On the channel, click the three dots next to Share or Follow.
    2. Click "Report", pick the reason and describe what happened (say when in the stream it happened).
    3. Click Send.
    In chat: click the username, then (...), then Report.
steps-roblox =
    1. In the experience, open the Menu (three lines or the Roblox logo).
    2. Click the flag next to the player, or open the Report tab.
    3. Choose the player and the type of abuse, write a short description, then Submit.
    Report the chat message itself, not only the profile.
steps-pinterest =
    1. Click the three dots (...) at the top of the Pin.
    2. Click Report.
    Comments and messages can be reported too. Reports are anonymous.
steps-tumblr =
    1. Tap the three dots (...) on the post.
    2. Tap Report and choose the category.
    3. "Report something else" opens the full form. Send the links to the posts.
steps-bluesky =
    1. Tap the three dots (...) on the post or profile.
    2. Tap Report.
    3. Choose child safety and submit.
    Bluesky does not read messages sent to its safety account: use the Report button.
steps-kick =
    1. On the web, click the three dots at the bottom right of the video (or on the video page).
    2. Choose the category.
    In chat: click the username, then the warning (!) icon, and describe what happened. Reports are anonymous.
steps-other =
    1. Look for a "Report" option: usually behind three dots (...), a flag or the profile menu.
    2. Choose the reason closest to child abuse or exploitation.
    3. Copy the link and username before you block the account.
    Also report it to the hotline below.

## Account recognition errors

account-error-empty = Please send the link to the account.
account-error-too_long = That message is too long to be a link. Please send only the link to the account.
account-error-not_a_link = I could not read that as a link or a username. Please send it like this: { $example }
account-error-not_a_name = That has no letters or numbers, so it cannot be a link or a name. Please send the account's link or its @username, like this: { $example }
account-error-unknown_site = That link is not from the app you chose. Please send a link like this: { $example }
account-error-suspicious = That link looks like a fake or disguised address, so I did not open it. Please copy the link from the app itself.
account-error-not_an_account = That link does not point to an account or a post. Please open the account and copy its link, like this: { $example }

## Examples of an account link, shown when what someone sent is not recognised

example-instagram = https://www.instagram.com/username or @username
example-tiktok = https://www.tiktok.com/@username or @username
example-x = https://x.com/username or @username
example-facebook = https://www.facebook.com/username, the username, or the name shown on the profile
example-youtube = https://www.youtube.com/@channel or a video link
example-snapchat = https://www.snapchat.com/add/username or the username
example-discord = @username or https://discord.com/users/123456789012345678
example-telegram = https://t.me/username, @username, or the name shown in the chat
example-reddit = https://www.reddit.com/user/username or u/username
example-threads = https://www.threads.com/@username or @username
example-whatsapp = https://wa.me/447700900123 or the phone number with its country code, like +44 7700 900123
example-twitch = https://www.twitch.tv/username or the username
example-roblox = @BuilderBro_99 (the username) or https://www.roblox.com/users/123456/profile
example-pinterest = https://www.pinterest.com/username/ or a pin link
example-tumblr = https://www.tumblr.com/blogname or https://blogname.tumblr.com
example-bluesky = https://bsky.app/profile/name.bsky.social or @name.bsky.social
example-kick = https://kick.com/username or the username
example-other = the full link, starting with https://

## Stolen ordinary photos: the platform's privacy and copyright reports (#14)
route-kind-platform_privacy = Report it as a privacy violation
route-kind-platform_copyright = If you took the photo: a copyright report
route-note-privacy-under-13 = For a child under 13: a parent or guardian can ask the platform to remove a photo or an account of their child.
route-note-copyright-owner = Only the person who took the photo can send this report. The platform may show your name and email to the account you report.
route-note-privacy-parent = A parent or guardian can ask for a photo or video of their child to be removed. The child must be recognisable in it.
route-note-x-private-media = A parent or guardian can ask X to remove a photo or video of their child that was shared without consent. Report the post and choose the option about private information.
route-note-copyright-owner-only = Only the person who took the photo can send this report.
route-note-tiktok-copyright-in-app = We have no checked link for this form. In the TikTok app, open the video, tap Share, then Report, and choose the copyright option. Only the person who took the photo or video can report it, and TikTok may tell the account the copyright owner's name.
route-note-x-copyright-help = We have no checked link for this form. In X's Help Center (help.x.com), choose Contact us, then Help with intellectual property issues, then report possible copyright infringement. Only the person who took the photo can report it, and X passes your name and contact details to the account.
