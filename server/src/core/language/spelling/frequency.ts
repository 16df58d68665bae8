// Data only: common English words, written by hand for the Thanks spelling engine — general
// English roughly by frequency first, then words common in interview thank-you emails. Used as a
// ranking prior for suggestions ("wich" -> "which" before "rich"): a word's position is its rank;
// words not listed get no prior. Space/newline separated.
export const COMMON_WORDS = `
the of and to a in is it you that he was for on are with as I his they be at one have this
from or had by not but what some we can out other were all there when up use your how said an
each she which do their time if will way about many then them would write like so these her
long make thing see him two has look more day could go come did number sound no most people my
over know water than call first who may down side been now find any new work part take get
place made live where after back little only round man year came show every good me give our
under name very through just form sentence great think say help low line differ turn cause much
mean before move right boy old too same tell does set three want air well also play small end
put home read hand port large spell add even land here must big high such follow act why ask
men change went light kind off need house picture try us again animal point mother world near
build self earth father head stand own page should country found answer school grow study still
learn plant cover food sun four between state keep eye never last let thought city tree cross
farm hard start might story saw far sea draw left late run while press close night real life
few north open seem together next white children begin got walk example ease paper group always
music those both mark often letter until mile river car feet care second book carry took science
eat room friend began idea fish mountain stop once base hear horse cut sure watch color face
wood main enough plain girl usual young ready above ever red list though feel talk bird soon
body dog family direct leave song measure door product black short class wind
question happen complete ship area half rock order fire south problem piece told knew pass since
top whole king space heard best hour better true during hundred five remember step early hold
west ground interest reach fast verb sing listen six table travel less morning ten simple
several toward war lay against pattern slow center love person money serve appear road
map rain rule govern pull cold notice voice unit power town fine certain fly fall lead cry dark
machine note wait plan figure star box noun field rest correct able pound done beauty drive
stood contain front teach week final gave green quick develop ocean warm free minute strong
special mind behind clear tail produce fact street inch nothing course stay wheel full
force blue object decide surface deep moon island foot system busy test record boat common gold
possible plane dry wonder laugh thousand ago ran check game shape miss brought heat
snow tire bring yes distant fill east paint language among
thank thanks you're I'm I've I'd I'll we're we've it's don't didn't can't won't wouldn't
couldn't shouldn't isn't wasn't that's there's let's
interview interviews interviewed interviewing interviewer conversation conversations discuss
discussed discussion opportunity opportunities position role team teams company companies
appreciate appreciated appreciation grateful gratitude sincerely regards best kind warm truly
forward looking excited enjoyed enjoy learning learned meeting meet met today yesterday tomorrow
week weeks afternoon morning evening Monday Tuesday Wednesday Thursday Friday Saturday Sunday
January February March April May June July August September October November December
experience experiences skills skill project projects process processes product products customer
customers client clients manager managers management director engineer engineers engineering
software development developer developers design designer data analysis analyst research
business organization department office culture values mission vision goals goal priorities
priority strategy strategic plan planning support supporting service services quality
responsibilities responsibility responsible role's hiring recruiter recruiting candidate
application applications apply applied resume portfolio reference references availability
available schedule scheduled scheduling calendar time call email emails follow following
followed mentioned mention especially particularly specifically really genuinely definitely
certainly absolutely especially additional information important interesting interested
challenge challenges challenging success successful successfully improve improvement
improvements contribute contribution contributions collaborate collaboration collaborative
communication communicate community environment environmental sustainability leadership
leader leaders mentor mentorship growth opportunity learning training onboarding feedback
insight insights insightful helpful thoughtful generous patience patient time taking took
sharing shared share explained explaining answer answers questions question asked asking
hearing hear reach contact touch next steps step decision process timeline update updates
position's team's company's excited eager enthusiastic enthusiasm passion passionate confident
confidence believe belief strong strengths strength background degree university college
professional professionally personal personally career careers job jobs work worked working
worker workers workplace colleague colleagues peers partner partners partnership stakeholders
budget budgets report reports reporting meeting meetings presentation presentations
technical technology technologies tools tool platform platforms system systems infrastructure
security performance operations operational efficient efficiency effective effectively
across through throughout within without because although however therefore whether which
their there they're than then then until while which whose where were we're
`;
